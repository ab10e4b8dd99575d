package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where things are in a form's UI schema: its pages (the categories of a
 * {@code Categorization}) and the control of each question. A form laid out without pages
 * asks one question per page (FormLayout); {@link #categorise} writes those pages out so
 * that they can be changed.
 */
final class Layout {

	static final String PROPERTIES = "#/properties/";

	static final String UI_POINTER = "/spec/uiSchema";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private Layout() {
	}

	/**
	 * A question's control where it is.
	 *
	 * @param name the question (top-level property)
	 * @param control the control element
	 * @param parent the elements array holding it
	 * @param index its position there
	 * @param pointer its pointer in the document
	 * @param page the index of its page ({@code -1} in a form without pages)
	 * @param enclosingRules the rules of the elements around it, outermost first
	 */
	record Placement(String name, ObjectNode control, ArrayNode parent, int index, String pointer, int page,
			List<JsonNode> enclosingRules) {
	}

	/** The top-level property a control edits, or {@code null}. */
	static String name(JsonNode control) {
		if (!"Control".equals(control.path("type").asString(""))) {
			return null;
		}
		String scope = control.path("scope").asString("");
		if (!scope.startsWith(PROPERTIES)) {
			return null;
		}
		String name = scope.substring(PROPERTIES.length());
		return name.contains("/") ? null : name;
	}

	/** The top-level property a rule's condition tests, or {@code null}. */
	static String conditionField(JsonNode rule) {
		String scope = rule.path("condition").path("scope").asString("");
		if (!scope.startsWith(PROPERTIES)) {
			return null;
		}
		String field = scope.substring(PROPERTIES.length());
		int nested = field.indexOf('/');
		return (nested < 0) ? field : field.substring(0, nested);
	}

	static boolean paged(JsonNode spec) {
		return "Categorization".equals(spec.path("uiSchema").path("type").asString(""));
	}

	/** The pages of a form with pages. */
	static ArrayNode pages(JsonNode spec) {
		return (ArrayNode) spec.path("uiSchema").path("elements");
	}

	/** Every question control, in order. */
	static List<Placement> controls(JsonNode spec) {
		List<Placement> found = new ArrayList<>();
		JsonNode ui = spec.path("uiSchema");
		boolean paged = paged(spec);
		if (ui.path("elements") instanceof ArrayNode top) {
			for (int i = 0; i < top.size(); i++) {
				walk(top, i, UI_POINTER + "/elements/" + i, paged ? i : -1, rules(List.of(), ui), found);
			}
		}
		return found;
	}

	/** The control of a question, or {@code null} when no page asks it. */
	static Placement find(JsonNode spec, String name) {
		return controls(spec).stream().filter(placement -> placement.name().equals(name)).findFirst().orElse(null);
	}

	private static void walk(ArrayNode parent, int index, String pointer, int page, List<JsonNode> rules,
			List<Placement> found) {
		JsonNode element = parent.get(index);
		String name = name(element);
		if (name != null) {
			found.add(new Placement(name, (ObjectNode) element, parent, index, pointer, page, rules));
			return;
		}
		if (element.path("elements") instanceof ArrayNode children) {
			List<JsonNode> inner = rules(rules, element);
			for (int i = 0; i < children.size(); i++) {
				walk(children, i, pointer + "/elements/" + i, page, inner, found);
			}
		}
	}

	private static List<JsonNode> rules(List<JsonNode> outer, JsonNode element) {
		if (!element.has("rule")) {
			return outer;
		}
		List<JsonNode> rules = new ArrayList<>(outer);
		rules.add(element.get("rule"));
		return rules;
	}

	/**
	 * Writes a form without pages as pages, each asking what it asked before: one page
	 * per question (titled by it, so the question is still the page's heading), a group
	 * of questions on one page titled by the group, guidance on the first page, the
	 * contact details with the page before them.
	 */
	static void categorise(ObjectNode spec, Set<String> people) {
		if (paged(spec)) {
			return;
		}
		JsonNode ui = spec.path("uiSchema");
		List<JsonNode> elements = new ArrayList<>();
		if (ui.path("elements").isArray()) {
			ui.path("elements").forEach(elements::add);
		}
		else if (ui.isObject()) {
			elements.add(ui);
		}
		ArrayNode pages = NODES.arrayNode();
		List<JsonNode> notes = new ArrayList<>();
		List<JsonNode> waiting = new ArrayList<>();
		for (JsonNode element : elements) {
			JsonNode title = title(spec, element, people);
			if ("Label".equals(element.path("type").asString(""))) {
				notes.add(element);
			}
			else if (title == null) {
				if (pages.isEmpty()) {
					waiting.add(element);
				}
				else {
					((ArrayNode) pages.get(pages.size() - 1).path("elements")).add(element);
				}
			}
			else {
				ObjectNode page = pages.addObject().put("type", "Category");
				page.set("label", title);
				ArrayNode pageElements = page.putArray("elements");
				waiting.forEach(pageElements::add);
				waiting.clear();
				pageElements.add(element);
			}
		}
		if (pages.isEmpty() && (!waiting.isEmpty() || !notes.isEmpty())) {
			ObjectNode page = pages.addObject().put("type", "Category");
			page.put("label", "About you");
			ArrayNode pageElements = page.putArray("elements");
			waiting.forEach(pageElements::add);
		}
		if (!notes.isEmpty()) {
			ArrayNode first = (ArrayNode) pages.get(0).path("elements");
			for (int i = notes.size() - 1; i >= 0; i--) {
				first.insert(0, notes.get(i));
			}
		}
		ObjectNode categorization = NODES.objectNode().put("type", "Categorization");
		categorization.set("elements", pages);
		categorization.putObject("options").put("variant", "stepper");
		if (ui.has("rule")) {
			categorization.set("rule", ui.get("rule"));
		}
		spec.set("uiSchema", categorization);
	}

	/**
	 * The title of the page an element of a form without pages becomes: its question's
	 * label, a group's label; {@code null} when it asks no question of its own page.
	 */
	private static JsonNode title(JsonNode spec, JsonNode element, Set<String> people) {
		String name = name(element);
		if (name != null) {
			if (people.contains(name) || !spec.path("schema").path("properties").has(name)) {
				return null;
			}
			return label(spec, element, name);
		}
		List<Placement> inside = new ArrayList<>();
		if (element.path("elements") instanceof ArrayNode children) {
			for (int i = 0; i < children.size(); i++) {
				walk(children, i, "", 0, List.of(), inside);
			}
		}
		Placement first = inside.stream()
			.filter(placement -> !people.contains(placement.name())
					&& spec.path("schema").path("properties").has(placement.name()))
			.findFirst()
			.orElse(null);
		if (first == null) {
			return null;
		}
		return element.has("label") ? element.get("label") : label(spec, first.control(), first.name());
	}

	/** A question's label as written: the control's label, its title, else its name. */
	static JsonNode label(JsonNode spec, JsonNode control, String name) {
		if (Text.read(control.path("label")) != null) {
			return control.get("label");
		}
		String title = spec.path("schema").path("properties").path(name).path("title").asString("");
		return NODES.stringNode(title.isBlank() ? name : title);
	}

}
