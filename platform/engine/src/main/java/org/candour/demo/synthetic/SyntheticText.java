package org.candour.demo.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import tools.jackson.databind.JsonNode;

/**
 * Realistic text for one synthetic case, from {@link SyntheticPhrases}: a summary chosen
 * once per case from a topic that fits the feedback type (a complaint, or a compliment
 * for compliment types), details that follow from it, and names, contact details and
 * officer notes picked by the field's name.
 */
final class SyntheticText {

	private static final double FITTING = 0.85;

	private final SyntheticPhrases phrases;

	private final Random random;

	private final boolean compliment;

	private final SyntheticPhrases.Topic topic;

	private final String summary;

	/**
	 * @param vocabulary the words of the feedback type and its form, to choose a topic
	 * that fits them
	 */
	SyntheticText(SyntheticPhrases phrases, Random random, String category, String vocabulary) {
		this.phrases = phrases;
		this.random = random;
		this.compliment = "compliment".equals(category);
		this.topic = phrases.topic(random, this.compliment, vocabulary);
		List<String> summaries = this.topic.summaries(this.compliment);
		this.summary = summaries.get(random.nextInt(summaries.size()));
	}

	/**
	 * One of the alternatives; for a field saying what the case is about (a service), one
	 * that fits the summary's topic when there is one.
	 */
	JsonNode alternative(String name, JsonNode alternatives) {
		String n = name.toLowerCase(Locale.ROOT);
		List<JsonNode> fitting = new ArrayList<>();
		if (n.contains("service") || n.contains("about")) {
			for (JsonNode alternative : alternatives) {
				String label = alternative.path("const").asString("") + " " + alternative.path("title").asString("");
				if (this.topic.matches(SyntheticPhrases.words(label))) {
					fitting.add(alternative);
				}
			}
		}
		if (!fitting.isEmpty() && this.random.nextDouble() < FITTING) {
			return fitting.get(this.random.nextInt(fitting.size()));
		}
		return alternatives.get(this.random.nextInt(alternatives.size()));
	}

	/**
	 * Text for a string field, chosen by its name; {@code context} is the action whose
	 * inputs are being filled, or {@code "form"}.
	 */
	String field(String name, String context) {
		String n = name.toLowerCase(Locale.ROOT);
		if (n.contains("email")) {
			return email();
		}
		if (n.contains("phone") || n.contains("mobile")) {
			return "07700 900" + String.format("%03d", this.random.nextInt(1000));
		}
		if (n.contains("postcode")) {
			return "NS" + (1 + this.random.nextInt(9)) + " " + this.random.nextInt(10) + letter() + letter();
		}
		if (n.contains("summary")) {
			return this.summary;
		}
		if (n.contains("learning") || n.contains("lesson")) {
			return pick("learning");
		}
		if (n.contains("adjustment")) {
			return pick("adjustments");
		}
		if (n.contains("reason") || n.contains("explanation")) {
			return reason(n + " " + context.toLowerCase(Locale.ROOT));
		}
		if (n.contains("details") || n.contains("description") || n.contains("statement")) {
			return details();
		}
		if (n.contains("outcome")) {
			return pick("desiredOutcomes");
		}
		if (n.contains("question")) {
			return pick("questions");
		}
		if (n.contains("relationship")) {
			return pick("relationships");
		}
		if (n.contains("reference")) {
			return "REF-" + (100000 + this.random.nextInt(900000));
		}
		if (n.contains("name") || n.contains("officer") || n.contains("investigator") || n.contains("person")) {
			return pick("firstNames") + " " + pick("lastNames");
		}
		return pick("notes");
	}

	String email() {
		return "resident" + (1 + this.random.nextInt(9999)) + "@example.org";
	}

	private String details() {
		String list = this.compliment ? "complimentDetails" : "complaintDetails";
		String first = pick(list);
		String second = pick(list);
		String text = this.summary + ". " + first;
		return (this.random.nextBoolean() && !second.equals(first)) ? text + " " + second : text;
	}

	private String reason(String about) {
		if (about.contains("escalat") || about.contains("review")) {
			return pick("escalationReasons");
		}
		if (about.contains("extend") || about.contains("extension")) {
			return pick("extensionReasons");
		}
		if (about.contains("withdraw")) {
			return pick("withdrawalReasons");
		}
		return pick("reasons");
	}

	private char letter() {
		return "ABDEFGHJLNPQRSTUWXYZ".charAt(this.random.nextInt(20));
	}

	private String pick(String list) {
		List<String> values = this.phrases.list(list);
		return values.get(this.random.nextInt(values.size()));
	}

}
