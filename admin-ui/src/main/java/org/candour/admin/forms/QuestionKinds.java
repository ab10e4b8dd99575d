package org.candour.admin.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.candour.definition.editing.FormEditor;

/**
 * The kinds of question the form builder offers, in words, and what each one asks for.
 */
final class QuestionKinds {

	private static final Map<String, String> WORDS = new LinkedHashMap<>();

	static {
		WORDS.put("text", "Short text");
		WORDS.put("textarea", "Long text");
		WORDS.put("radios", "One answer from a list (radios)");
		WORDS.put("select", "One answer from a long list (drop-down)");
		WORDS.put("checkboxes", "Several answers from a list (checkboxes)");
		WORDS.put("yes-no", "Yes or no");
		WORDS.put("number", "Number");
		WORDS.put("date", "Date");
		WORDS.put("email", "Email address");
		WORDS.put("phone", "Phone number");
		WORDS.put("address", "UK address");
		WORDS.put("file", "File upload");
	}

	private static final Set<String> CHOICES = Set.of("radios", "select", "checkboxes");

	private static final Set<String> LIMITED = Set.of("text", "textarea");

	private QuestionKinds() {
	}

	static List<KindChoice> choices() {
		return WORDS.entrySet()
			.stream()
			.filter(entry -> FormEditor.KINDS.contains(entry.getKey()))
			.map(entry -> new KindChoice(entry.getKey(), entry.getValue()))
			.toList();
	}

	static boolean known(String kind) {
		return kind != null && WORDS.containsKey(kind) && FormEditor.KINDS.contains(kind);
	}

	static String words(String kind) {
		return WORDS.getOrDefault(kind, kind);
	}

	/** Whether the question's answers are typed as options, one per line. */
	static boolean hasOptions(String kind) {
		return CHOICES.contains(kind);
	}

	/** Whether the question has a character limit. */
	static boolean hasLimit(String kind) {
		return LIMITED.contains(kind);
	}

}
