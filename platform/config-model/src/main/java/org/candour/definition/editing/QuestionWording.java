package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.candour.definition.model.FormQuestion;
import tools.jackson.databind.JsonNode;

/**
 * One question kept from before to after: its label, hint, whether it is required, how it
 * is asked, its character limit, its options, its condition and its upload limits.
 */
final class QuestionWording {

	private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("text", "short text"),
			Map.entry("textarea", "long text"), Map.entry("number", "a number"), Map.entry("date", "a date"),
			Map.entry("email", "an email address"), Map.entry("phone", "a phone number"),
			Map.entry("address", "a UK address"), Map.entry("select", "a drop-down list"),
			Map.entry("radios", "radio buttons"), Map.entry("checkboxes", "checkboxes"),
			Map.entry("yes-no", "yes or no"), Map.entry("file", "a file upload"));

	private final FormOutline old;

	private final FormOutline now;

	private final String name;

	private final FormQuestion was;

	private final FormQuestion is;

	private final String subject;

	QuestionWording(FormOutline old, FormOutline now, String name) {
		this.old = old;
		this.now = now;
		this.name = name;
		this.was = old.questions().get(name);
		this.is = now.questions().get(name);
		this.subject = "question " + now.name(name);
	}

	void describe(Sentences out) {
		int said = out.size();
		out.renamed("Question", "", this.was.label(), this.is.label());
		out.text("hint", this.subject, this.was.hint(), this.is.hint());
		if (this.was.required() != this.is.required()) {
			out.add(Words.capitalised(this.subject) + (this.is.required() ? " is now required" : " is now optional"));
		}
		if (!this.was.kind().equals(this.is.kind())) {
			out.add(Words.capitalised(this.subject) + " is now answered with " + kind(this.is.kind()) + " (was "
					+ kind(this.was.kind()) + ")");
		}
		out.arrow("Character limit of " + this.subject, text(this.was.maxLength()), text(this.is.maxLength()), "");
		JsonNode codeList = this.now.properties().path(this.name).path("codeList");
		if (!this.old.properties().path(this.name).path("codeList").equals(codeList)) {
			out.add(Words.capitalised(this.subject)
					+ (codeList.isString() ? " now offers the answers of code list " + Words.quoted(codeList.asString())
							: " no longer offers the answers of a code list"));
		}
		describeChoices(out);
		if (!this.was.rules().equals(this.is.rules())) {
			ConditionWords.describe(this.subject, this.was.rules(), this.is.rules(), this.now, out);
		}
		if (!Objects.equals(this.was.upload(), this.is.upload())) {
			out.add("Files allowed by " + this.subject + " changed");
		}
		if (out.size() == said
				&& (!Objects.equals(this.old.properties().get(this.name), this.now.properties().get(this.name))
						|| !Objects.equals(this.old.controls().get(this.name), this.now.controls().get(this.name)))) {
			out.add(Words.capitalised(this.subject) + " changed");
		}
	}

	private void describeChoices(Sentences out) {
		Map<String, FormQuestion.Choice> before = byValue(this.was.choices());
		Map<String, FormQuestion.Choice> after = byValue(this.is.choices());
		after.forEach((value, choice) -> {
			if (!before.containsKey(value)) {
				out.add("Option " + label(choice) + " added to " + this.subject);
			}
		});
		before.forEach((value, choice) -> {
			if (!after.containsKey(value)) {
				out.add("Option " + label(choice) + " removed from " + this.subject);
			}
		});
		after.forEach((value, choice) -> {
			FormQuestion.Choice old = before.get(value);
			if (old != null) {
				out.renamed("Option", " of " + this.subject, old.label(), choice.label());
			}
		});
		List<String> keptAfter = new ArrayList<>(after.keySet());
		keptAfter.retainAll(before.keySet());
		List<String> keptBefore = new ArrayList<>(before.keySet());
		keptBefore.retainAll(after.keySet());
		if (!keptAfter.equals(keptBefore)) {
			out.add("Options of " + this.subject + " reordered");
		}
	}

	private static Map<String, FormQuestion.Choice> byValue(List<FormQuestion.Choice> choices) {
		Map<String, FormQuestion.Choice> byValue = new LinkedHashMap<>();
		choices.forEach(choice -> byValue.put(choice.value(), choice));
		return byValue;
	}

	static String label(FormQuestion.Choice choice) {
		String label = Words.english(choice.label());
		return Words.quoted((label == null) ? choice.value() : label);
	}

	private static String kind(String kind) {
		return KINDS.getOrDefault(kind, Words.quoted(kind));
	}

	private static String text(Integer number) {
		return (number == null) ? null : number.toString();
	}

}
