package org.candour.definition.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import org.candour.definition.FieldWidgets;
import org.candour.definition.FormFields;
import org.candour.definition.FormRules;

/**
 * A form's JSON Schema and UI hints (JSON Forms) read into pages of questions. A
 * {@code Categorization} gives one page per {@code Category}; a form without one gets one
 * question per page (GOV.UK "one thing per page"). The contact fields ({@code people})
 * are left out of the pages and asked on the contact page. Pages, layouts and groups pass
 * their rules to their questions and texts; a question in a {@code Group} carries the
 * group's legend. The parts an address object's schema requires are required lines; the
 * controls' answer rules ({@code needs}, {@code dates}) come with the layout.
 *
 * @param pages the question pages
 * @param contact the contact questions, in the order of {@code people}
 * @param rules the controls' answer rules
 * @param stepper whether the pages show a progress caption (the {@code Categorization}'s
 * {@code options.variant} is {@code stepper})
 */
public record FormLayout(List<Page> pages, List<FormQuestion> contact, FormRules rules, boolean stepper) {

	private static final String PROPERTIES = "#/properties/";

	public FormLayout {
		pages = List.copyOf(pages);
		contact = List.copyOf(contact);
	}

	/**
	 * One page: a {@code Category}, or one question.
	 *
	 * @param title the category's label (a missing node when it has none); {@code null}
	 * for a one-question page, which is titled by its question
	 * @param notes the {@code Label} elements
	 * @param questions the questions
	 */
	public record Page(JsonNode title, List<Note> notes, List<FormQuestion> questions) {

		public Page {
			notes = List.copyOf(notes);
			questions = List.copyOf(questions);
		}

	}

	/**
	 * A {@code Label}: text shown on its page while its rules (its own and those of the
	 * elements around it) hold.
	 */
	public record Note(JsonNode text, List<FormQuestion.Rule> rules) {

		public Note {
			rules = List.copyOf(rules);
		}

	}

	/**
	 * Reads a schema and its UI schema (missing node: none).
	 * @param people the contact fields
	 */
	public static FormLayout of(JsonNode schema, JsonNode uiSchema, List<String> people) {
		return new Reader(schema, uiSchema, people).read();
	}

	private static final class Reader {

		private final JsonNode schema;

		private final JsonNode ui;

		private final List<String> people;

		private final Set<String> required;

		private final Map<String, Around> peopleAround = new HashMap<>();

		Reader(JsonNode schema, JsonNode ui, List<String> people) {
			this.schema = schema;
			this.ui = (ui == null) ? MissingNode.getInstance() : ui;
			this.people = people;
			this.required = FormFields.required(schema);
		}

		FormLayout read() {
			List<Page> pages = new ArrayList<>();
			boolean categorized = "Categorization".equals(this.ui.path("type").asString());
			if (categorized) {
				int index = 0;
				for (JsonNode category : this.ui.path("elements")) {
					List<Note> notes = new ArrayList<>();
					List<FormQuestion> questions = new ArrayList<>();
					collect(category, Around.NOTHING.in("/elements/" + index++), notes, questions);
					if (!questions.isEmpty()) {
						pages.add(new Page(category.path("label"), notes, questions));
					}
				}
			}
			else {
				List<Note> notes = new ArrayList<>();
				List<FormQuestion> questions = new ArrayList<>();
				if (this.ui.isObject()) {
					collect(this.ui, Around.NOTHING, notes, questions);
				}
				else {
					this.schema.path("properties").propertyNames().forEach(name -> {
						if (!this.people.contains(name)) {
							questions.add(question(name, null, Around.NOTHING));
						}
					});
				}
				for (FormQuestion question : questions) {
					pages.add(new Page(null, pages.isEmpty() ? notes : List.of(), List.of(question)));
				}
			}
			List<FormQuestion> contact = new ArrayList<>();
			for (String field : this.people) {
				if (this.schema.path("properties").has(field)) {
					Around around = this.peopleAround.getOrDefault(field, Around.NOTHING);
					contact.add(question(field, control(this.ui, field), around));
				}
			}
			boolean stepper = categorized && "stepper".equals(this.ui.path("options").path("variant").asString(""));
			return new FormLayout(pages, contact, FormRules.of(this.ui), stepper);
		}

		private void collect(JsonNode element, Around around, List<Note> notes, List<FormQuestion> questions) {
			Around here = around.ruledBy(rule(element.get("rule")));
			String type = element.path("type").asString();
			if ("Label".equals(type)) {
				notes.add(new Note(element.path("text"), here.rules()));
			}
			else if ("Control".equals(type)) {
				String name = name(element);
				if (name != null && this.people.contains(name)) {
					this.peopleAround.put(name, here);
				}
				else if (name != null && this.schema.path("properties").has(name)) {
					questions.add(question(name, element, here));
				}
			}
			else {
				if ("Group".equals(type)) {
					here = here.grouped(element.path("label"));
				}
				int index = 0;
				for (JsonNode child : element.path("elements")) {
					collect(child, here.in("/elements/" + index++), notes, questions);
				}
			}
		}

		private FormQuestion question(String name, JsonNode control, Around around) {
			List<FormQuestion.Rule> rules = around.rules();
			JsonNode property = this.schema.path("properties").path(name);
			JsonNode options = (control == null) ? MissingNode.getInstance() : control.path("options");
			JsonNode given = (control == null) ? null : control.path("label");
			boolean labelHidden = given != null && given.isBoolean() && !given.asBoolean();
			JsonNode label = first(labelHidden ? null : given, property.path("title"));
			JsonNode hint = first(options.path("hint"), null);
			FormQuestion.Shown shown = new FormQuestion.Shown(first(options.path("help"), null), labelHidden,
					around.group(), around.legend());
			int maxLength = options.has("maxLength") ? options.path("maxLength").asInt()
					: property.path("maxLength").asInt(0);
			String kind = FieldWidgets.kind(options.path("widget").asString(null), property);
			List<FormQuestion> parts = new ArrayList<>();
			if ("address".equals(kind)) {
				Set<String> requiredParts = new HashSet<>();
				property.path("required").forEach(part -> requiredParts.add(part.asString()));
				property.path("properties").propertyNames().forEach(part -> {
					JsonNode partSchema = property.path("properties").path(part);
					int partLength = partSchema.path("maxLength").asInt(0);
					parts.add(new FormQuestion(part, "text", first(partSchema.path("title"), null), null,
							requiredParts.contains(part), (partLength > 0) ? partLength : null, false, null, List.of(),
							List.of(), List.of(), null, FormQuestion.Shown.PLAIN));
				});
			}
			return new FormQuestion(name, kind, label, hint, this.required.contains("/" + name),
					(maxLength > 0) ? maxLength : null, options.path("characterCount").asBoolean(false),
					options.path("autocomplete").asString(null), choices(property, options), parts, rules,
					"file".equals(kind) ? upload(options) : null, shown);
		}

		private static List<FormQuestion.Choice> choices(JsonNode property, JsonNode options) {
			JsonNode source = "array".equals(property.path("type").asString()) ? property.path("items") : property;
			JsonNode labels = options.path("choiceLabels");
			List<FormQuestion.Choice> choices = new ArrayList<>();
			for (JsonNode value : source.path("enum")) {
				choices.add(new FormQuestion.Choice(value.asString(), first(labels.path(value.asString()), null)));
			}
			for (JsonNode option : source.has("oneOf") ? source.path("oneOf") : source.path("anyOf")) {
				if (option.has("const")) {
					String value = option.path("const").asString();
					choices.add(new FormQuestion.Choice(value, first(labels.path(value), option.path("title")),
							first(option.path("description"), null)));
				}
			}
			return choices;
		}

		private static FormQuestion.UploadLimits upload(JsonNode options) {
			List<String> accept = new ArrayList<>();
			options.path("accept").forEach(pattern -> accept.add(pattern.asString("")));
			return new FormQuestion.UploadLimits(accept,
					options.has("maxFiles") ? options.path("maxFiles").asInt() : null,
					options.has("maxFileSizeKb") ? options.path("maxFileSizeKb").asLong() : null);
		}

		private static FormQuestion.Rule rule(JsonNode rule) {
			if (rule == null || !rule.isObject()) {
				return null;
			}
			String field = RuleScopes.path(rule.path("condition").path("scope").asString(""));
			// ENABLE and DISABLE are refused by the meta-schema: only SHOW and HIDE reach
			// here
			return new FormQuestion.Rule(!"HIDE".equals(rule.path("effect").asString("SHOW")), field,
					rule.path("condition").path("schema"));
		}

		private static JsonNode control(JsonNode element, String name) {
			if ("Control".equals(element.path("type").asString()) && name.equals(name(element))) {
				return element;
			}
			for (JsonNode child : element.path("elements")) {
				JsonNode found = control(child, name);
				if (found != null) {
					return found;
				}
			}
			return null;
		}

		private static String name(JsonNode control) {
			String scope = control.path("scope").asString("");
			if (!scope.startsWith(PROPERTIES)) {
				return null;
			}
			String name = scope.substring(PROPERTIES.length());
			return name.contains("/") ? null : name;
		}

		/** The preferred text when the form gives it, else the fallback (null: none). */
		private static JsonNode first(JsonNode preferred, JsonNode fallback) {
			if (given(preferred)) {
				return preferred;
			}
			return given(fallback) ? fallback : null;
		}

		private static boolean given(JsonNode text) {
			return text != null && !text.isMissingNode() && !text.isNull();
		}

	}

}
