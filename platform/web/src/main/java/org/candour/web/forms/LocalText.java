package org.candour.web.forms;

import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * Text written in configuration: a plain string or translations ({@code {"en": …, "cy":
 * …}}); the reader's language is picked first, then English.
 */
public final class LocalText {

	private LocalText() {
	}

	/** The text in the reader's language, else {@code fallback} when there is none. */
	public static String of(JsonNode node, Locale locale, String fallback) {
		String text = of(node, locale);
		return text == null || text.isBlank() ? fallback : text;
	}

	public static String of(JsonNode node, Locale locale) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (node.isObject()) {
			JsonNode translated = node.get(locale.getLanguage());
			if (translated != null && translated.isString()) {
				return translated.asString();
			}
			JsonNode english = node.get("en");
			if (english != null && english.isString()) {
				return english.asString();
			}
			return node.valueStream().filter(JsonNode::isString).map(JsonNode::asString).findFirst().orElse(null);
		}
		return node.asString();
	}

	/**
	 * The language the pages are written in for a reader's locale: Welsh for {@code cy},
	 * else English (so what is kept per language never grows with made-up locales).
	 */
	public static Locale supported(Locale locale) {
		return "cy".equals(locale.getLanguage()) ? WELSH : Locale.ENGLISH;
	}

	private static final Locale WELSH = Locale.forLanguageTag("cy");

}
