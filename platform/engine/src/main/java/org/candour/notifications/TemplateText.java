package org.candour.notifications;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Text of a notification template: i18n text ({@code "text"} or {@code {"en": …, "cy":
 * …}}) in a language, and {@code {{placeholder}}} filling. Placeholders without a value
 * are left out, so a sent message never shows braces.
 */
final class TemplateText {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_.]*)\\s*}}");

	private static final Pattern LEFTOVER = Pattern.compile("\\{\\{[^{}]*}}");

	private TemplateText() {
	}

	/** Whether the text is written in the language (a plain string counts as English). */
	static boolean hasLanguage(JsonNode text, String language) {
		return text.isString() ? "en".equals(language) : text.path(language).isString();
	}

	/** The text in the language, else English, else any language given. */
	static String in(JsonNode text, String language) {
		if (text == null || text.isMissingNode() || text.isNull()) {
			return "";
		}
		if (text.isString()) {
			return text.asString();
		}
		if (text.path(language).isString()) {
			return text.path(language).asString();
		}
		if (text.path("en").isString()) {
			return text.path("en").asString();
		}
		for (JsonNode value : text) {
			if (value.isString()) {
				return value.asString();
			}
		}
		return "";
	}

	static String fill(String text, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String value = values.getOrDefault(matcher.group(1), "");
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(filled);
		return filled.indexOf("{{") < 0 ? filled.toString() : LEFTOVER.matcher(filled).replaceAll("");
	}

}
