package org.candour.definition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import tools.jackson.databind.JsonNode;

/**
 * Where a draft (as written, in the lean format) uses a code list and each of its codes,
 * so that an editor can say what uses a list and refuse to delete a code still in use.
 * <p>
 * A list is used wherever a schema names it ({@code "codeList": id}: form questions,
 * fieldsets, action inputs, guards and rules) and by the reports that group or filter by
 * a field it answers. A code is used where a schema that names the list leaves it out
 * ({@code except}) or gives it as the {@code default}; and wherever the configuration
 * compares a field the list answers with it: a schema condition on that property
 * ({@code const}, {@code enum}: form rules, guards, rules, state wordings), a UI rule's
 * condition on its scope, or a report filter or effect value on that field. Answers
 * stored on cases are not looked at.
 */
public final class CodeListUsage {

	private CodeListUsage() {
	}

	/** The places that name the list ({@code codeList}), by document and pointer. */
	public static List<Use> of(Collection<ConfigDocument> documents, String list) {
		List<Use> uses = new ArrayList<>();
		for (ConfigDocument document : documents) {
			walk(document.content(), "", (node, pointer) -> {
				if (list.equals(node.path("codeList").asString(null))) {
					uses.add(new Use(document.kind(), document.id(), pointer, "Offers its codes"));
				}
			});
		}
		Set<String> fields = fields(uses);
		for (ConfigDocument document : documents) {
			if (document.kind().equals(ConfigKind.REPORT.id())) {
				walk(document.content(), "", (node, pointer) -> {
					if (fields.contains(field(node.path("field").asString(null)))) {
						uses.add(new Use(document.kind(), document.id(), pointer + "/field", "Reports by its codes"));
					}
				});
			}
		}
		return uses;
	}

	/** The places that use one code of the list. */
	public static List<Use> ofCode(Collection<ConfigDocument> documents, String list, String code) {
		List<Use> listUses = of(documents, list);
		Set<String> fields = fields(listUses);
		List<Use> uses = new ArrayList<>();
		for (ConfigDocument document : documents) {
			walk(document.content(), "", (node, pointer) -> {
				if (list.equals(node.path("codeList").asString(null))) {
					if (holds(node.path("except"), code)) {
						uses.add(new Use(document.kind(), document.id(), pointer + "/except", "Leaves it out"));
					}
					if (holds(node.path("default"), code)) {
						uses.add(
								new Use(document.kind(), document.id(), pointer + "/default", "Answers it by default"));
					}
				}
				node.path("properties").properties().forEach(property -> {
					if (fields.contains(property.getKey()) && compares(property.getValue(), code)) {
						uses.add(new Use(document.kind(), document.id(), pointer + "/properties/" + property.getKey(),
								"Compares an answer with it"));
					}
				});
				String scope = node.path("scope").asString("");
				if (fields.contains(scope.substring(scope.lastIndexOf('/') + 1))
						&& compares(node.path("schema"), code)) {
					uses.add(new Use(document.kind(), document.id(), pointer, "Shows or hides a question by it"));
				}
				if ((fields.contains(field(node.path("field").asString(null)))
						|| fields.contains(field(node.path("target").asString(null))))
						&& holds(node.path("value"), code)) {
					uses.add(new Use(document.kind(), document.id(), pointer + "/value", "Filters or sets by it"));
				}
			});
		}
		return uses;
	}

	/**
	 * The property names the list answers (the last property of each pointer naming it).
	 */
	private static Set<String> fields(List<Use> uses) {
		Set<String> fields = new LinkedHashSet<>();
		for (Use use : uses) {
			String[] steps = use.pointer().split("/");
			for (int i = steps.length - 2; i >= 0; i--) {
				if (steps[i].equals("properties")) {
					fields.add(steps[i + 1]);
					break;
				}
			}
		}
		return fields;
	}

	/** A report's or effect's field, without {@code data.} and any parent object. */
	private static String field(String written) {
		if (written == null) {
			return null;
		}
		String field = written.startsWith("data.") ? written.substring("data.".length()) : written;
		return field.substring(field.lastIndexOf('.') + 1);
	}

	/** Whether a schema compares with the code ({@code const} or {@code enum}). */
	private static boolean compares(JsonNode schema, String code) {
		boolean[] found = { false };
		walk(schema, "", (node, pointer) -> found[0] |= holds(node.path("const"), code)
				|| holds(node.path("enum"), code) || holds(node.path("contains").path("const"), code));
		return found[0];
	}

	private static boolean holds(JsonNode value, String code) {
		if (value.isString()) {
			return value.asString().equals(code);
		}
		if (value.isArray()) {
			for (JsonNode item : value) {
				if (item.isString() && item.asString().equals(code)) {
					return true;
				}
			}
		}
		return false;
	}

	private static void walk(JsonNode node, String pointer, BiConsumer<JsonNode, String> visitor) {
		if (node.isObject()) {
			visitor.accept(node, pointer);
			node.properties().forEach(entry -> walk(entry.getValue(), pointer + "/" + escape(entry.getKey()), visitor));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				walk(node.get(i), pointer + "/" + i, visitor);
			}
		}
	}

	private static String escape(String key) {
		return key.replace("~", "~0").replace("/", "~1");
	}

	/**
	 * One use.
	 *
	 * @param kind the kind of document
	 * @param id the document
	 * @param pointer where in it
	 * @param what what it does with the list or code, in words
	 */
	public record Use(String kind, String id, String pointer, String what) {
	}

}
