package org.candour.demo.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The phrase lists synthetic cases are written from
 * ({@code candour/demo/synthetic-phrases.json}): topics with the words that identify them
 * and their complaint and compliment summaries, and lists of names, details, reasons and
 * officer notes.
 */
record SyntheticPhrases(List<Topic> topics, Map<String, List<String>> lists) {

	private static final String PHRASES = "/candour/demo/synthetic-phrases.json";

	static SyntheticPhrases load(JsonMapper json) {
		try (InputStream in = SyntheticPhrases.class.getResourceAsStream(PHRASES)) {
			JsonNode root = json.readTree(in);
			List<Topic> topics = new ArrayList<>();
			root.path("topics")
				.forEach(topic -> topics.add(new Topic(strings(topic.path("keywords")),
						strings(topic.path("complaints")), strings(topic.path("compliments")))));
			Map<String, List<String>> lists = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> list : root.properties()) {
				if (list.getValue().isArray() && !"topics".equals(list.getKey())) {
					lists.put(list.getKey(), strings(list.getValue()));
				}
			}
			return new SyntheticPhrases(List.copyOf(topics), Map.copyOf(lists));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<String> list(String name) {
		return this.lists.getOrDefault(name, List.of("Noted."));
	}

	/**
	 * A topic at random among those with summaries of the kind that match the vocabulary
	 * (any topic when none matches).
	 */
	Topic topic(java.util.Random random, boolean compliment, String vocabulary) {
		String words = words(vocabulary);
		List<Topic> fitting = new ArrayList<>();
		List<Topic> any = new ArrayList<>();
		for (Topic candidate : this.topics) {
			if (!candidate.summaries(compliment).isEmpty()) {
				any.add(candidate);
				if (candidate.matches(words)) {
					fitting.add(candidate);
				}
			}
		}
		List<Topic> from = fitting.isEmpty() ? any : fitting;
		return from.get(random.nextInt(from.size()));
	}

	/** Lower-case words separated by single spaces, with a space at each end. */
	static String words(String text) {
		return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip() + " ";
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		array.forEach(value -> strings.add(value.asString()));
		return List.copyOf(strings);
	}

	/** What a case can be about, and the summaries that go with it. */
	record Topic(List<String> keywords, List<String> complaints, List<String> compliments) {

		/** Whether a word of the text (see {@link #words}) starts with a keyword. */
		boolean matches(String words) {
			return this.keywords.stream().anyMatch(keyword -> words.contains(" " + keyword));
		}

		List<String> summaries(boolean compliment) {
			return compliment ? this.compliments : this.complaints;
		}

	}

}
