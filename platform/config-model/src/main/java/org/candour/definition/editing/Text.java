package org.candour.definition.editing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A text shown to people, in English and optionally in Welsh: written as a plain string
 * when it has no Welsh, else as {@code {"en": …, "cy": …}}.
 *
 * @param english the English text (never blank)
 * @param welsh the Welsh text, or {@code null} when there is none
 */
public record Text(String english, String welsh) {

	public Text {
		if (english == null || english.isBlank()) {
			throw new IllegalArgumentException("A text needs its English words");
		}
		welsh = (welsh == null || welsh.isBlank()) ? null : welsh;
	}

	public static Text of(String english) {
		return new Text(english, null);
	}

	public static Text of(String english, String welsh) {
		return new Text(english, welsh);
	}

	/** The same English with this Welsh ({@code null} or blank: none). */
	public Text withWelsh(String welsh) {
		return new Text(this.english, welsh);
	}

	/**
	 * A configuration text (string or translations); {@code null} when the node is not
	 * one.
	 */
	static Text read(JsonNode node) {
		if (node == null) {
			return null;
		}
		if (node.isString() && !node.asString().isBlank()) {
			return of(node.asString());
		}
		if (node.isObject() && node.path("en").isString() && !node.path("en").asString().isBlank()) {
			return new Text(node.path("en").asString(), node.path("cy").asString(null));
		}
		return null;
	}

	/**
	 * As written in configuration; translations other than Welsh that {@code before} had
	 * are kept.
	 */
	JsonNode node(JsonNode before) {
		ObjectNode others = JsonNodeFactory.instance.objectNode();
		if (before != null && before.isObject()) {
			before.properties().forEach(entry -> {
				if (!"en".equals(entry.getKey()) && !"cy".equals(entry.getKey())) {
					others.set(entry.getKey(), entry.getValue());
				}
			});
		}
		if (this.welsh == null && others.isEmpty()) {
			return JsonNodeFactory.instance.stringNode(this.english);
		}
		ObjectNode text = JsonNodeFactory.instance.objectNode().put("en", this.english);
		if (this.welsh != null) {
			text.put("cy", this.welsh);
		}
		text.setAll(others);
		return text;
	}

	JsonNode node() {
		return node(null);
	}

}
