package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/** The sentences about one document, in the order found, each once. */
final class Sentences {

	private final Set<String> sentences = new LinkedHashSet<>();

	void add(String sentence) {
		this.sentences.add(sentence);
	}

	boolean isEmpty() {
		return this.sentences.isEmpty();
	}

	int size() {
		return this.sentences.size();
	}

	List<String> list() {
		return new ArrayList<>(this.sentences);
	}

	/**
	 * A text shown to people (plain or per language) compared language by language: "Hint
	 * added to question 'X'", "Welsh body of 'Y' changed".
	 * @param what what the text is, e.g. {@code hint}
	 * @param subject what it belongs to, e.g. {@code question 'X'}
	 */
	void text(String what, String subject, JsonNode before, JsonNode after) {
		Set<String> languages = new TreeSet<>((a, b) -> "en".equals(a) ? -1 : "en".equals(b) ? 1 : a.compareTo(b));
		languages.add("en");
		languages.addAll(languages(before));
		languages.addAll(languages(after));
		for (String language : languages) {
			String old = Words.in(before, language);
			String now = Words.in(after, language);
			if (Objects.equals(old, now)) {
				continue;
			}
			String named = "en".equals(language) ? Words.capitalised(what) : Words.language(language) + " " + what;
			if (old == null) {
				add(named + " added to " + subject);
			}
			else if (now == null) {
				add(named + " removed from " + subject);
			}
			else {
				add(named + " of " + subject + " changed");
			}
		}
	}

	/**
	 * A short text shown to people whose English words are worth quoting: "Option 'A' of
	 * question 'Q' renamed 'B'"; other languages as {@link #text}.
	 * @param subject e.g. {@code Option} (the sentence starts with it)
	 * @param owner e.g. {@code  of question 'Q'}, or empty
	 */
	void renamed(String subject, String owner, JsonNode before, JsonNode after) {
		String old = Words.english(before);
		String now = Words.english(after);
		if (old != null && now != null && !old.equals(now)) {
			add(subject + " " + Words.quoted(old) + owner + " renamed " + Words.quoted(now));
		}
		for (String language : languages(before, after)) {
			String was = Words.in(before, language);
			String is = Words.in(after, language);
			if (!Objects.equals(was, is)) {
				String what = Words.language(language) + " text";
				String of = subject.toLowerCase() + " " + Words.quoted((now != null) ? now : old) + owner;
				add((was == null) ? what + " added to " + of
						: (is == null) ? what + " removed from " + of : what + " of " + of + " changed");
			}
		}
	}

	/**
	 * The fields of two objects that differ and are not in {@code described}, each named:
	 * "'referenceFormat' changed".
	 * @param prefix put before the field's name, e.g. {@code State 'New': }; may be empty
	 */
	void otherFields(JsonNode before, JsonNode after, Set<String> described, String prefix) {
		Set<String> names = new LinkedHashSet<>();
		before.propertyNames().forEach(names::add);
		after.propertyNames().forEach(names::add);
		for (String name : names) {
			if (described.contains(name) || name.startsWith("$")) {
				continue;
			}
			JsonNode old = before.get(name);
			JsonNode now = after.get(name);
			if (Objects.equals(old, now)) {
				continue;
			}
			String verb = (old == null) ? "added" : (now == null) ? "removed" : "changed";
			add(prefix + Words.quoted(name) + " " + verb);
		}
	}

	/** "Logo added", "Privacy notice link changed", "Logo removed". */
	void presence(String what, JsonNode before, JsonNode after) {
		if (!Objects.equals(before, after)) {
			add(what + " " + ((before == null || before.isNull()) ? "added"
					: (after == null || after.isNull()) ? "removed" : "changed"));
		}
	}

	/**
	 * "Reference prefix CMP → CMX", "Retention period set to 72 months", "Retention
	 * period removed"; nothing when equal.
	 * @param unit after the new value, e.g. {@code  months}; may be empty
	 */
	void arrow(String what, String before, String after, String unit) {
		if (Objects.equals(before, after)) {
			return;
		}
		add((before == null) ? what + " set to " + after + unit
				: (after == null) ? what + " removed" : what + " " + before + " → " + after + unit);
	}

	/** The members of two arrays of text: those only after, then those only before. */
	static List<List<String>> addedAndRemoved(JsonNode before, JsonNode after) {
		List<String> old = new ArrayList<>();
		List<String> now = new ArrayList<>();
		if (before != null) {
			before.forEach(item -> old.add(item.asString("")));
		}
		if (after != null) {
			after.forEach(item -> now.add(item.asString("")));
		}
		List<String> added = new ArrayList<>(now);
		added.removeAll(old);
		List<String> removed = new ArrayList<>(old);
		removed.removeAll(now);
		return List.of(added, removed);
	}

	private static Set<String> languages(JsonNode before, JsonNode after) {
		Set<String> languages = new TreeSet<>(languages(before));
		languages.addAll(languages(after));
		languages.remove("en");
		return languages;
	}

	private static Set<String> languages(JsonNode text) {
		Set<String> languages = new TreeSet<>();
		if (text != null && text.isObject()) {
			text.propertyNames().forEach(languages::add);
		}
		return languages;
	}

}
