package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What in a form's UI schema depends on some of its questions: a rule whose condition
 * tests one (on a question, group or page), or an answer rule ({@code options.needs})
 * that needs one answered.
 */
final class References {

	private References() {
	}

	/**
	 * One dependency.
	 *
	 * @param pointer the rule or need that depends
	 * @param on the question it depends on
	 * @param by in words, what depends on it (a question's label, a group's or page's
	 * heading)
	 */
	record Reference(String pointer, String on, String by) {
	}

	/**
	 * The dependencies on {@code names} from outside {@code ignoredUnder} (a pointer:
	 * what is under it goes with the questions).
	 */
	static List<Reference> to(JsonNode spec, Set<String> names, String ignoredUnder) {
		List<Reference> found = new ArrayList<>();
		walk(spec, spec.path("uiSchema"), Layout.UI_POINTER, names, ignoredUnder, found);
		return found;
	}

	private static void walk(JsonNode spec, JsonNode element, String pointer, Set<String> names, String ignoredUnder,
			List<Reference> found) {
		if (pointer.equals(ignoredUnder) || pointer.startsWith(ignoredUnder + "/")) {
			return;
		}
		String field = element.has("rule") ? Layout.conditionField(element.path("rule")) : null;
		if (field != null && names.contains(field)) {
			found.add(new Reference(pointer + "/rule", field, describe(spec, element)));
		}
		element.path("options").path("needs").properties().forEach(need -> {
			if (names.contains(need.getValue().asString(""))) {
				found.add(new Reference(pointer + "/options/needs/" + need.getKey(), need.getValue().asString(""),
						describe(spec, element)));
			}
		});
		for (int i = 0; i < element.path("elements").size(); i++) {
			walk(spec, element.path("elements").get(i), pointer + "/elements/" + i, names, ignoredUnder, found);
		}
	}

	private static String describe(JsonNode spec, JsonNode element) {
		String name = Layout.name(element);
		Text text = Text.read((name != null) ? Layout.label(spec, element, name) : element.path("label"));
		if (text == null) {
			text = Text.read(element.path("text"));
		}
		return (text == null) ? "the whole form" : "'" + text.english() + "'";
	}

	/** The refusal's message: what depends on which question. */
	static String explain(JsonNode spec, Reference reference, String action) {
		JsonNode property = spec.path("schema").path("properties").path(reference.on());
		String on = property.path("title").asString(reference.on());
		String how = reference.pointer().endsWith("/rule") ? " is shown or hidden by the answer to '"
				: " needs an answer to '";
		return "Cannot " + action + ": " + reference.by() + how + on + "'. Change or remove that condition first.";
	}

}
