package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Adding, renaming, moving, copying and deleting the pages of a form. */
final class PageEdits {

	private final DraftLibrary library;

	private final QuestionWriter writer;

	PageEdits(DraftLibrary library, QuestionWriter writer) {
		this.library = library;
		this.writer = writer;
	}

	FormChange add(ObjectNode form, int at, Text title, QuestionDraft first) {
		Edit edit = new Edit(form, this.library);
		check(at, edit.pages().size() + 1);
		String name = edit.fields.newName(first.label());
		ObjectNode property = NewProperties.of(first);
		edit.fields.properties().set(name, property);
		ObjectNode control = control(name);
		this.writer.write(edit.spec, name, property, control, null, first);
		ObjectNode page = JsonNodeFactory.instance.objectNode().put("type", "Category");
		page.set("label", title.node());
		page.putArray("elements").add(control);
		edit.pages().insert(at, page);
		return FormChange.added(edit.copy, name);
	}

	FormChange rename(ObjectNode form, int index, Text title) {
		Edit edit = new Edit(form, this.library);
		ObjectNode page = edit.page(index);
		page.set("label", title.node(page.get("label")));
		return FormChange.done(edit.copy);
	}

	FormChange move(ObjectNode form, int index, int by) {
		Edit edit = new Edit(form, this.library);
		edit.page(index);
		int to = index + by;
		if (to < 0 || to >= edit.pages().size()) {
			return FormChange.done(form.deepCopy());
		}
		JsonNode page = edit.pages().remove(index);
		edit.pages().insert(to, page);
		return FormChange.done(edit.copy);
	}

	FormChange copy(ObjectNode form, int index) {
		Edit edit = new Edit(form, this.library);
		ObjectNode page = edit.page(index).deepCopy();
		Set<String> people = FormReading.people(edit.spec);
		Elements.removeContactDetails(page, people);
		ArrayNode holder = JsonNodeFactory.instance.arrayNode().add(page);
		Map<String, String> renamed = new HashMap<>();
		for (Layout.Placement placement : Layout.controls(wrapped(holder))) {
			if (edit.fields.has(placement.name())) {
				Text label = Text.read(Layout.label(edit.spec, placement.control(), placement.name()));
				String copy = edit.fields.newName(label);
				edit.fields.copy(placement.name(), copy);
				renamed.put(placement.name(), copy);
			}
		}
		if (renamed.isEmpty()) {
			return FormChange.refused(form, "form.page-nothing-to-copy", pointer(index),
					"The page has no questions of its own to copy (contact details are asked once)");
		}
		Elements.rename(page, renamed);
		edit.pages().insert(index + 1, page);
		return FormChange.done(edit.copy);
	}

	FormChange delete(ObjectNode form, int index) {
		Edit edit = new Edit(form, this.library);
		ObjectNode page = edit.page(index);
		if (edit.pages().size() == 1) {
			return FormChange.refused(form, "form.page-last", pointer(index),
					"A form needs at least one page: add another page before deleting this one");
		}
		Set<String> people = FormReading.people(edit.spec);
		Set<String> names = new LinkedHashSet<>();
		for (Layout.Placement placement : Layout.controls(edit.spec)) {
			if (placement.page() == index && edit.fields.has(placement.name()) && !people.contains(placement.name())) {
				names.add(placement.name());
			}
		}
		names.addAll(Elements.placedFieldsets(page));
		List<References.Reference> references = References.to(edit.spec, names, pointer(index));
		if (!references.isEmpty()) {
			References.Reference first = references.get(0);
			return FormChange.refused(form, "form.question-in-use", first.pointer(),
					References.explain(edit.spec, first, "delete this page"));
		}
		List<JsonNode> contact = Elements.contactDetails(page, people);
		edit.pages().remove(index);
		ArrayNode neighbour = (ArrayNode) edit.pages().get(Math.max(0, index - 1)).path("elements");
		contact.forEach(neighbour::add);
		edit.fields.remove(names);
		return FormChange.done(edit.copy);
	}

	static ObjectNode control(String name) {
		return JsonNodeFactory.instance.objectNode().put("type", "Control").put("scope", Layout.PROPERTIES + name);
	}

	private static JsonNode wrapped(ArrayNode pages) {
		ObjectNode spec = JsonNodeFactory.instance.objectNode();
		spec.putObject("uiSchema").put("type", "Categorization").set("elements", pages);
		return spec;
	}

	private static String pointer(int page) {
		return Layout.UI_POINTER + "/elements/" + page;
	}

	private static void check(int index, int size) {
		if (index < 0 || index >= size) {
			throw new IllegalArgumentException("No page " + index + " (the form has " + size + ")");
		}
	}

	/** A copy of a form being changed, written as pages. */
	static final class Edit {

		final ObjectNode copy;

		final ObjectNode spec;

		final Fields fields;

		Edit(ObjectNode form, DraftLibrary library) {
			this.copy = form.deepCopy();
			this.spec = (ObjectNode) this.copy.path("spec");
			this.fields = new Fields(this.spec, library);
			Layout.categorise(this.spec, FormReading.people(this.spec));
		}

		ArrayNode pages() {
			return Layout.pages(this.spec);
		}

		ObjectNode page(int index) {
			check(index, pages().size());
			return (ObjectNode) pages().get(index);
		}

	}

	/** Elements of a page that are not its own questions. */
	static final class Elements {

		private Elements() {
		}

		/** The contact details on a page (controls, fieldsets), taken out of it. */
		static List<JsonNode> contactDetails(ObjectNode page, Set<String> people) {
			List<JsonNode> found = new ArrayList<>();
			take(page, people, found);
			return found;
		}

		static void removeContactDetails(ObjectNode page, Set<String> people) {
			take(page, people, new ArrayList<>());
		}

		private static void take(JsonNode element, Set<String> people, List<JsonNode> into) {
			if (!(element.path("elements") instanceof ArrayNode children)) {
				return;
			}
			for (int i = children.size() - 1; i >= 0; i--) {
				JsonNode child = children.get(i);
				String name = Layout.name(child);
				boolean contact = (name != null && people.contains(name))
						|| ("Fieldset".equals(child.path("type").asString(""))
								&& child.path("scope").asString("#").equals("#"));
				if (contact) {
					into.add(0, children.remove(i));
				}
				else {
					take(child, people, into);
					if (child.path("elements").isArray() && child.path("elements").isEmpty()) {
						children.remove(i);
					}
				}
			}
		}

		/** The properties of fieldsets placed on a page at a property. */
		static Set<String> placedFieldsets(JsonNode element) {
			Set<String> found = new LinkedHashSet<>();
			if ("Fieldset".equals(element.path("type").asString(""))
					&& element.path("scope").asString("#").startsWith(Layout.PROPERTIES)) {
				found.add(element.path("scope").asString().substring(Layout.PROPERTIES.length()).split("/")[0]);
			}
			element.path("elements").forEach(child -> found.addAll(placedFieldsets(child)));
			return found;
		}

		/** Points the controls, rules and needs of copied questions at the copies. */
		static void rename(JsonNode element, Map<String, String> renamed) {
			if (element instanceof ObjectNode object) {
				String name = Layout.name(object);
				if (name != null && renamed.containsKey(name)) {
					object.put("scope", Layout.PROPERTIES + renamed.get(name));
				}
				if (object.path("rule").path("condition") instanceof ObjectNode condition) {
					String field = Layout.conditionField(object.path("rule"));
					if (field != null && renamed.containsKey(field)) {
						condition.put("scope",
								condition.path("scope")
									.asString()
									.replaceFirst("^#/properties/[^/]+", Layout.PROPERTIES + renamed.get(field)));
					}
				}
				if (object.path("options").path("needs") instanceof ObjectNode needs) {
					new ArrayList<>(needs.propertyNames()).forEach(answer -> {
						String needed = needs.path(answer).asString("");
						if (renamed.containsKey(needed)) {
							needs.put(answer, renamed.get(needed));
						}
					});
				}
			}
			element.path("elements").forEach(child -> rename(child, renamed));
		}

	}

}
