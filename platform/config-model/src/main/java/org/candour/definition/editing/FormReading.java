package org.candour.definition.editing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.candour.definition.FieldWidgets;

/** Reads a form document into the form builder's view. */
final class FormReading {

	private final DraftLibrary library;

	FormReading(DraftLibrary library) {
		this.library = library;
	}

	FormView read(ObjectNode form) {
		ObjectNode laidOut = form.deepCopy();
		ObjectNode spec = (ObjectNode) laidOut.path("spec");
		JsonNode original = form.path("spec");
		Set<String> people = people(spec);
		Layout.categorise(spec, people);
		List<Layout.Placement> controls = Layout.controls(spec);
		JsonNode properties = spec.path("schema").path("properties");
		List<FormView.Page> pages = new ArrayList<>();
		ArrayNode categories = Layout.pages(spec);
		for (int i = 0; i < categories.size(); i++) {
			JsonNode category = categories.get(i);
			List<Text> notes = new ArrayList<>();
			List<String> fieldsets = new ArrayList<>();
			collect(category, notes, fieldsets);
			List<FormView.Question> questions = new ArrayList<>();
			for (Layout.Placement placement : controls) {
				if (placement.page() == i && properties.has(placement.name())) {
					Layout.Placement where = Layout.find(original, placement.name());
					questions.add(question(spec, placement.name(), placement.control(), placement.enclosingRules(),
							(where == null) ? placement.pointer() : where.pointer(), people));
				}
			}
			pages.add(new FormView.Page(i, Text.read(category.path("label")), notes, fieldsets, questions));
		}
		Set<String> asked = asked(spec, controls);
		List<FormView.Question> staffOnly = new ArrayList<>();
		properties.propertyNames().forEach(name -> {
			if (!asked.contains(name) && !people.contains(name)) {
				staffOnly.add(question(spec, name, null, List.of(), null, people));
			}
		});
		Text title = Text.read(form.path("title"));
		return new FormView(form.path("id").asString(""),
				(title == null) ? Text.of(form.path("id").asString("form")) : title, Layout.paged(original), pages,
				staffOnly);
	}

	static Set<String> people(JsonNode spec) {
		Set<String> people = new LinkedHashSet<>();
		spec.path("people").forEach(person -> people.add(person.asString("")));
		return people;
	}

	private static Set<String> asked(JsonNode spec, List<Layout.Placement> controls) {
		Set<String> asked = new HashSet<>();
		controls.forEach(placement -> asked.add(placement.name()));
		placeholders(spec.path("uiSchema"), asked);
		return asked;
	}

	private static void placeholders(JsonNode element, Set<String> into) {
		if ("Fieldset".equals(element.path("type").asString(""))) {
			String scope = element.path("scope").asString("#");
			if (scope.startsWith(Layout.PROPERTIES)) {
				into.add(scope.substring(Layout.PROPERTIES.length()).split("/")[0]);
			}
		}
		element.path("elements").forEach(child -> placeholders(child, into));
	}

	private static void collect(JsonNode element, List<Text> notes, List<String> fieldsets) {
		String type = element.path("type").asString("");
		if ("Label".equals(type) && Text.read(element.path("text")) != null) {
			notes.add(Text.read(element.path("text")));
		}
		if ("Fieldset".equals(type)) {
			fieldsets.add(element.path("fieldset").asString(""));
		}
		element.path("elements").forEach(child -> collect(child, notes, fieldsets));
	}

	/** One question of a form (staff only when no page asks it). */
	FormView.Question question(JsonNode spec, String name) {
		Layout.Placement placement = Layout.find(spec, name);
		return (placement == null) ? question(spec, name, null, List.of(), null, people(spec)) : question(spec, name,
				placement.control(), placement.enclosingRules(), placement.pointer(), people(spec));
	}

	private FormView.Question question(JsonNode spec, String name, JsonNode control, List<JsonNode> enclosing,
			String pointer, Set<String> people) {
		JsonNode property = spec.path("schema").path("properties").path(name);
		JsonNode options = (control == null) ? property.path("none") : control.path("options");
		Text label = Text.read((control == null) ? null : Layout.label(spec, control, name));
		if (label == null) {
			label = Text.read(property.path("title"));
		}
		boolean required = false;
		for (JsonNode field : spec.path("schema").path("required")) {
			required |= name.equals(field.asString(""));
		}
		JsonNode choices = "array".equals(property.path("type").asString("")) ? property.path("items") : property;
		String codeList = choices.path("codeList").asString(null);
		return new FormView.Question(name, kind(options.path("widget").asString(null), property), label,
				Text.read(options.path("hint")), required, codeList, this.library.options(choices, options),
				settings(property, options), control == null, people.contains(name),
				(control == null) ? null : control.get("rule"), enclosing, pointer, messages(spec, name));
	}

	private static Map<String, Text> messages(JsonNode spec, String name) {
		Map<String, Text> messages = new LinkedHashMap<>();
		spec.path("messages").path("/" + name).properties().forEach(message -> {
			Text text = Text.read(message.getValue());
			if (text != null) {
				messages.put(message.getKey(), text);
			}
		});
		return messages;
	}

	/** The input asking a property, counting the codes of a code list it offers. */
	String kind(String widget, JsonNode property) {
		JsonNode choices = "array".equals(property.path("type").asString("")) ? property.path("items") : property;
		if ((widget == null || !FieldWidgets.KINDS.contains(widget)) && choices.has("codeList")
				&& !"array".equals(property.path("type").asString(""))) {
			return FieldWidgets.kind(null, this.library.expanded(property));
		}
		return FieldWidgets.kind(widget, property);
	}

	private static Settings settings(JsonNode property, JsonNode options) {
		Integer maxLength = options.has("maxLength") ? Integer.valueOf(options.path("maxLength").asInt())
				: property.has("maxLength") ? Integer.valueOf(property.path("maxLength").asInt()) : null;
		List<String> accept = new ArrayList<>();
		options.path("accept").forEach(type -> accept.add(type.asString("")));
		return new Settings(maxLength, decimal(property.path("minimum")), decimal(property.path("maximum")),
				"integer".equals(property.path("type").asString("")), options.path("dates").asString(null), accept,
				options.has("maxFiles") ? Integer.valueOf(options.path("maxFiles").asInt()) : null,
				options.has("maxFileSizeKb") ? Integer.valueOf(options.path("maxFileSizeKb").asInt()) : null);
	}

	private static BigDecimal decimal(JsonNode number) {
		return number.isNumber() ? number.decimalValue() : null;
	}

}
