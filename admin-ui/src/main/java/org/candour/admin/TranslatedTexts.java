package org.candour.admin;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Configured texts written as a pack author would: English only stays a plain string, a
 * translated text is {@code {"en": …, "cy": …}}; languages a page does not show are kept.
 */
public final class TranslatedTexts {

	private TranslatedTexts() {
	}

	/**
	 * The text in one language, empty when it has none (a plain string is English).
	 */
	public static String in(JsonNode text, String language) {
		if (text == null || text.isNull() || text.isMissingNode()) {
			return "";
		}
		if (text.isString()) {
			return "en".equals(language) ? text.asString() : "";
		}
		return text.path(language).asString("");
	}

	/**
	 * A text with its English (and, when the page showed it, Welsh) replaced;
	 * {@code null} when it has no words in any language.
	 * @param written the text as the document has it, or {@code null}
	 * @param showsWelsh whether the page showed the Welsh (otherwise the written Welsh is
	 * kept)
	 */
	public static JsonNode with(JsonNode written, String english, String welsh, boolean showsWelsh) {
		ObjectNode languages = JsonNodeFactory.instance.objectNode();
		if (written != null && written.isObject()) {
			languages.setAll((ObjectNode) written.deepCopy());
		}
		put(languages, "en", english);
		if (showsWelsh) {
			put(languages, "cy", welsh);
		}
		if (languages.isEmpty()) {
			return null;
		}
		if (languages.size() == 1 && languages.has("en")) {
			return languages.get("en");
		}
		return languages;
	}

	/** Sets or (when it has no words) removes a text of a document. */
	public static void set(ObjectNode parent, String field, JsonNode text) {
		if (text == null) {
			parent.remove(field);
		}
		else {
			parent.set(field, text);
		}
	}

	private static void put(ObjectNode languages, String language, String text) {
		if (text == null || text.isBlank()) {
			languages.remove(language);
		}
		else {
			languages.put(language, text.strip());
		}
	}

}
