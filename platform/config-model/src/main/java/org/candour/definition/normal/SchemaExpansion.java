package org.candour.definition.normal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.candour.definition.ConfigKind;
import org.candour.definition.MergePatch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Expands the lean keywords of a JSON Schema, in place: {@code "codeList": "outcomes"}
 * (optionally with {@code "except": [codes]}) becomes the list's codes, and
 * {@code "fieldsets": ["contact-details"]} on an object schema adds the fieldsets'
 * properties (before its own, which are merged over a fieldset's property of the same
 * name) and their {@code required}.
 * <p>
 * Where codes are offered (forms, action inputs) they become {@code "oneOf": [{"const":
 * code, "title": English label, "description": English guidance}]} (the guidance when the
 * code has one), retired codes left out; where they are checked (guards, rules) they
 * become {@code "enum": [codes]}, retired codes included, as they stay valid on older
 * cases.
 */
final class SchemaExpansion {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final Library library;

	private final boolean offered;

	private final Map<String, ObjectNode> choiceLabels = new LinkedHashMap<>();

	private final Map<String, List<String>> fieldsets = new LinkedHashMap<>();

	private SchemaExpansion(Library library, boolean offered) {
		this.library = library;
		this.offered = offered;
	}

	/** For schemas whose codes people choose from: forms, action inputs, fieldsets. */
	static SchemaExpansion offering(Library library) {
		return new SchemaExpansion(library, true);
	}

	/** For schemas that check a case: guards and rules. */
	static SchemaExpansion checking(Library library) {
		return new SchemaExpansion(library, false);
	}

	void expand(JsonNode schema) {
		Subschemas.visit(schema, "", (node, pointer) -> {
			spliceFieldsets(node, pointer);
			expandCodeList(node, pointer);
		});
	}

	/**
	 * Translated labels of the choices of top-level properties (or their array items), by
	 * property name: the UI schema carries them as {@code choiceLabels}, since a schema's
	 * titles are plain strings.
	 */
	Map<String, ObjectNode> choiceLabels() {
		return this.choiceLabels;
	}

	/**
	 * The fieldsets spliced in, by the JSON pointer into the data of the object that uses
	 * them ({@code ""} for the top level, {@code "/riskAssessment"} for a property).
	 */
	Map<String, List<String>> fieldsets() {
		return this.fieldsets;
	}

	private void expandCodeList(ObjectNode node, String pointer) {
		String id = node.path("codeList").asString(null);
		JsonNode list = id == null ? null : this.library.spec(ConfigKind.CODE_LIST, id).orElse(null);
		if (list == null) {
			return;
		}
		Set<String> except = new HashSet<>();
		node.path("except").forEach(code -> except.add(code.asString("")));
		node.remove("codeList");
		node.remove("except");
		ArrayNode codes = NODES.arrayNode();
		ObjectNode labels = NODES.objectNode();
		boolean translated = false;
		for (JsonNode value : list.path("values")) {
			String code = value.path("code").asString("");
			if (except.contains(code) || this.offered && value.path("retired").asBoolean(false)) {
				continue;
			}
			JsonNode label = value.path("label");
			if (this.offered) {
				ObjectNode option = codes.addObject().put("const", code).put("title", english(label));
				if (value.has("description")) {
					option.put("description", english(value.path("description")));
				}
				labels.set(code, label.deepCopy());
				translated |= label.isObject() && label.size() > 1;
			}
			else {
				codes.add(code);
			}
		}
		node.set(this.offered ? "oneOf" : "enum", codes);
		String property = topLevelProperty(pointer);
		if (translated && property != null) {
			this.choiceLabels.put(property, labels);
		}
	}

	private void spliceFieldsets(ObjectNode node, String pointer) {
		if (!node.path("fieldsets").isArray()) {
			return;
		}
		JsonNode ids = node.remove("fieldsets");
		ObjectNode properties = NODES.objectNode();
		ArrayNode required = NODES.arrayNode();
		List<String> used = new ArrayList<>();
		for (JsonNode id : ids) {
			JsonNode fieldset = this.library.spec(ConfigKind.FIELDSET, id.asString("")).orElse(null);
			if (fieldset == null) {
				continue;
			}
			used.add(id.asString(""));
			JsonNode schema = fieldset.path("schema");
			schema.path("properties")
				.properties()
				.forEach(entry -> properties.set(entry.getKey(), entry.getValue().deepCopy()));
			schema.path("required").forEach(name -> addOnce(required, name));
			if (!node.has("type") && schema.has("type")) {
				node.set("type", schema.get("type").deepCopy());
			}
		}
		node.path("properties")
			.properties()
			.forEach(entry -> properties.set(entry.getKey(), properties.has(entry.getKey())
					? MergePatch.apply(properties.get(entry.getKey()), entry.getValue()) : entry.getValue()));
		node.path("required").forEach(name -> addOnce(required, name));
		node.set("properties", properties);
		if (!required.isEmpty()) {
			node.set("required", required);
		}
		String data = dataPointer(pointer);
		if (data != null && !used.isEmpty()) {
			this.fieldsets.computeIfAbsent(data, key -> new ArrayList<>()).addAll(used);
		}
	}

	private static void addOnce(ArrayNode array, JsonNode item) {
		for (JsonNode existing : array) {
			if (existing.equals(item)) {
				return;
			}
		}
		array.add(item.deepCopy());
	}

	/** {@code /properties/a/properties/b} → {@code /a/b}; null for other subschemas. */
	private static String dataPointer(String pointer) {
		StringBuilder data = new StringBuilder();
		String[] tokens = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/");
		for (int i = 0; i < tokens.length; i += 2) {
			if (!"properties".equals(tokens[i]) || i + 1 >= tokens.length) {
				return null;
			}
			data.append('/').append(tokens[i + 1]);
		}
		return data.toString();
	}

	/** The top-level property a property schema (or its array items) belongs to. */
	private static String topLevelProperty(String pointer) {
		String[] tokens = pointer.split("/");
		boolean property = tokens.length == 3 && "properties".equals(tokens[1]);
		boolean items = tokens.length == 4 && "properties".equals(tokens[1]) && "items".equals(tokens[3]);
		return property || items ? tokens[2].replace("~1", "/").replace("~0", "~") : null;
	}

	static String english(JsonNode text) {
		if (text.isObject()) {
			return text.path("en").asString(text.valueStream().findFirst().map(JsonNode::asString).orElse(""));
		}
		return text.asString("");
	}

}
