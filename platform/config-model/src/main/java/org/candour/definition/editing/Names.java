package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names made from words: a question's data field in lower camel case from the meaningful
 * words of its label ("Which service is your complaint about?" →
 * {@code serviceComplaint}, as the shipped forms name theirs), an option's value as a
 * lower-case slug ("Yes, with my name" → {@code yes-with-my-name}); a number is added
 * when the name is taken.
 */
final class Names {

	private static final Set<String> FILLERS = Set.of("a", "about", "an", "and", "any", "are", "as", "at", "be", "by",
			"can", "could", "did", "do", "does", "for", "from", "has", "have", "how", "i", "if", "in", "is", "it", "me",
			"my", "of", "on", "or", "our", "please", "should", "tell", "that", "the", "their", "them", "there", "this",
			"to", "us", "was", "we", "were", "what", "when", "where", "which", "who", "why", "will", "with", "would",
			"you", "your");

	private static final int WORDS = 3;

	private Names() {
	}

	/**
	 * A data field name for a question labelled {@code label}, not one of {@code taken}.
	 */
	static String field(String label, Set<String> taken) {
		List<String> words = words(label);
		List<String> meaningful = new ArrayList<>(words.stream().filter(word -> !FILLERS.contains(word)).toList());
		List<String> chosen = meaningful.isEmpty() ? words : meaningful;
		StringBuilder name = new StringBuilder();
		for (String word : chosen.subList(0, Math.min(WORDS, chosen.size()))) {
			name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		String base = name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "question" + name : name.toString();
		return unique(base, "", taken);
	}

	/** An option value for an answer labelled {@code label}, not one of {@code taken}. */
	static String value(String label, Set<String> taken) {
		String slug = String.join("-", words(label));
		return unique(slug.isEmpty() ? "option" : slug, "-", taken);
	}

	private static String unique(String base, String separator, Set<String> taken) {
		String name = base;
		for (int n = 2; taken.contains(name); n++) {
			name = base + separator + n;
		}
		return name;
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.toLowerCase(Locale.ROOT).replace("'", "").split("[^a-z0-9]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

}
