package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.candour.definition.ConfigDocument;
import org.candour.definition.ConfigKind;

/**
 * The other documents of the draft a form is edited in, for what the form refers to: the
 * codes of its code lists and the questions of its fieldsets.
 */
final class DraftLibrary {

	private final Map<String, JsonNode> codeLists = new HashMap<>();

	private final Map<String, JsonNode> fieldsets = new HashMap<>();

	DraftLibrary(Collection<ConfigDocument> draft) {
		for (ConfigDocument document : draft) {
			if (document.is(ConfigKind.CODE_LIST)) {
				this.codeLists.put(document.id(), document.spec());
			}
			else if (document.is(ConfigKind.FIELDSET)) {
				this.fieldsets.put(document.id(), document.spec());
			}
		}
	}

	/**
	 * The answers of a choice: its {@code enum} or {@code oneOf}, or its code list's
	 * codes in use, labelled by the control's {@code choiceLabels} where it gives them.
	 */
	List<Option> options(JsonNode choices, JsonNode controlOptions) {
		JsonNode labels = controlOptions.path("choiceLabels");
		List<Option> options = new ArrayList<>();
		for (JsonNode value : choices.path("enum")) {
			options.add(option(value.asString(""), labels, null));
		}
		for (JsonNode option : choices.has("oneOf") ? choices.path("oneOf") : choices.path("anyOf")) {
			if (option.has("const")) {
				options.add(option(option.path("const").asString(""), labels, option.path("title")));
			}
		}
		String codeList = choices.path("codeList").asString(null);
		if (codeList != null) {
			codes(choices)
				.forEach(code -> options.add(option(code.path("code").asString(""), labels, code.path("label"))));
			if (!this.codeLists.containsKey(codeList)) {
				labels.propertyNames().forEach(value -> options.add(option(value, labels, null)));
			}
		}
		return options;
	}

	private static Option option(String value, JsonNode labels, JsonNode label) {
		Text text = Text.read(labels.path(value));
		if (text == null) {
			text = Text.read(label);
		}
		return new Option(value, (text == null) ? Text.of(humanise(value)) : text);
	}

	/** The codes a code-list choice offers (retired and excepted ones left out). */
	private List<JsonNode> codes(JsonNode choices) {
		Set<String> except = new HashSet<>();
		choices.path("except").forEach(code -> except.add(code.asString("")));
		List<JsonNode> codes = new ArrayList<>();
		this.codeLists.getOrDefault(choices.path("codeList").asString(""), choices.path("none"))
			.path("values")
			.forEach(code -> {
				if (!code.path("retired").asBoolean(false) && !except.contains(code.path("code").asString(""))) {
					codes.add(code);
				}
			});
		return codes;
	}

	/** A code-list choice written with its codes, to tell how many it offers. */
	JsonNode expanded(JsonNode property) {
		ObjectNode copy = (ObjectNode) property.deepCopy();
		ArrayNode oneOf = copy.putArray("oneOf");
		codes(property).forEach(code -> oneOf.addObject().put("const", code.path("code").asString("")));
		return copy;
	}

	/** The properties the fieldsets of a form schema add to it. */
	Set<String> fieldsetProperties(JsonNode schema) {
		Set<String> names = new HashSet<>();
		schema.path("fieldsets")
			.forEach(id -> this.fieldsets.getOrDefault(id.asString(""), id)
				.path("schema")
				.path("properties")
				.propertyNames()
				.forEach(names::add));
		return names;
	}

	static String humanise(String value) {
		String spaced = value.replace('-', ' ').replace('_', ' ');
		return spaced.isEmpty() ? value : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
