package org.candour.definition.editing;

import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Small pieces of wording shared by the descriptions of every kind of document. */
final class Words {

	private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("feedback-type", "Feedback type"),
			Map.entry("form", "Form"), Map.entry("workflow", "Workflow"), Map.entry("org-structure", "Org structure"),
			Map.entry("calendar", "Calendar"), Map.entry("role", "Role"),
			Map.entry("notification-template", "Notification template"), Map.entry("report", "Report"),
			Map.entry("code-list", "Code list"), Map.entry("branding", "Branding"), Map.entry("rule", "Rule"),
			Map.entry("fieldset", "Fieldset"), Map.entry("transition-template", "Action template"),
			Map.entry("role-set", "Role set"), Map.entry("service-standard", "Service standard"),
			Map.entry("qa-policy", "Quality assurance policy"), Map.entry("manifest", "Pack manifest"));

	private Words() {
	}

	/** The English text of a text or per-language object; {@code null} when none. */
	static String english(JsonNode text) {
		if (text == null || text.isMissingNode() || text.isNull()) {
			return null;
		}
		if (text.isObject()) {
			return text.has("en") ? english(text.get("en")) : null;
		}
		return text.isContainer() ? null : text.asString();
	}

	/** The text in {@code language} ({@code en}: a plain string counts); null: none. */
	static String in(JsonNode text, String language) {
		if (text == null || text.isNull() || text.isMissingNode()) {
			return null;
		}
		if (text.isObject()) {
			JsonNode value = text.get(language);
			return (value == null || value.isNull()) ? null : value.asString();
		}
		return "en".equals(language) && !text.isContainer() ? text.asString() : null;
	}

	/** The text between single quotes. */
	static String quoted(String text) {
		return "'" + text + "'";
	}

	/** "Feedback type", "Form", … for a document kind. */
	static String kind(String kind) {
		return KINDS.getOrDefault(kind, "Document of kind " + quoted(kind));
	}

	/** "Welsh" for {@code cy}. */
	static String language(String code) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
		return name.isEmpty() ? quoted(code) : name;
	}

	/** The text with its first letter in capitals. */
	static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
