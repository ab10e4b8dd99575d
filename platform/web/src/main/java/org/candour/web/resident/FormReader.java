package org.candour.web.resident;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.candour.attachments.FileQuestion;
import org.candour.attachments.UploadPolicies;
import org.candour.attachments.UploadPolicy;
import org.candour.definition.FormFields;
import org.candour.definition.FormRules;
import org.candour.workflow.Transition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Turns a form's JSON Schema and UI hints (JSON Forms) into pages of questions. A
 * {@code Categorization} gives one page per {@code Category}; a form without one gets one
 * question per page (GOV.UK "one thing per page"). The {@code people} fields are left out
 * of the pages and asked on the contact page. Groups pass their rules to their questions.
 * The parts an address object's schema requires are required lines (the others are marked
 * optional); the controls' answer rules ({@code needs}, {@code dates}) come with the
 * form.
 */
public final class FormReader {

	private static final String PROPERTIES = "#/properties/";

	private final JsonNode schema;

	private final JsonNode ui;

	private final Set<String> people = new HashSet<>();

	private final Locale locale;

	private final java.util.Map<String, List<Rule>> peopleRules = new java.util.HashMap<>();

	private final UploadPolicies uploads;

	/** What the schema that checks the answers may require (never marked optional). */
	private final Set<String> required;

	/**
	 * A workflow action's inputs (its schema and UI schema) as one form, titled
	 * {@code title}.
	 */
	public static ResidentForm inputsOf(Transition transition, String title, Locale locale) {
		ObjectNode spec = JsonNodeFactory.instance.objectNode();
		spec.set("schema", transition.inputs() == null ? JsonNodeFactory.instance.objectNode() : transition.inputs());
		if (transition.inputsUi() != null) {
			spec.set("uiSchema", transition.inputsUi());
		}
		return new FormReader(spec, locale).read(transition.action(), title, spec);
	}

	public FormReader(JsonNode formSpec, Locale locale) {
		this(formSpec, locale, null);
	}

	/**
	 * @param uploads the platform's upload limits; without them file questions get none
	 */
	FormReader(JsonNode formSpec, Locale locale, UploadPolicies uploads) {
		this.uploads = uploads;
		this.schema = formSpec.path("schema");
		this.ui = formSpec.path("uiSchema");
		this.required = FormFields.required(this.schema);
		formSpec.path("people").forEach(field -> this.people.add(field.asString()));
		this.locale = locale;
	}

	public ResidentForm read(String type, String title, JsonNode formSpec) {
		List<FormPage> pages = new ArrayList<>();
		if ("Categorization".equals(this.ui.path("type").asString())) {
			for (JsonNode category : this.ui.path("elements")) {
				List<String> notes = new ArrayList<>();
				List<Question> questions = new ArrayList<>();
				collect(category, List.of(), notes, questions);
				if (!questions.isEmpty()) {
					pages.add(new FormPage(pages.size() + 1, text(category.path("label")), notes, questions));
				}
			}
		}
		else {
			List<String> notes = new ArrayList<>();
			List<Question> questions = new ArrayList<>();
			if (this.ui.isObject()) {
				collect(this.ui, List.of(), notes, questions);
			}
			else {
				this.schema.path("properties").propertyNames().forEach(name -> {
					if (!this.people.contains(name)) {
						questions.add(question(name, null, List.of()));
					}
				});
			}
			for (Question question : questions) {
				pages.add(new FormPage(pages.size() + 1, question.label(), pages.isEmpty() ? notes : List.of(),
						List.of(question)));
			}
		}
		List<Question> contact = new ArrayList<>();
		formSpec.path("people").forEach(field -> {
			if (this.schema.path("properties").has(field.asString())) {
				contact.add(question(field.asString(), control(this.ui, field.asString()),
						this.peopleRules.getOrDefault(field.asString(), List.of())));
			}
		});
		return new ResidentForm(type, title, pages, contact, this.schema, formSpec.path("messages"),
				FormRules.of(this.ui));
	}

	private void collect(JsonNode element, List<Rule> rules, List<String> notes, List<Question> questions) {
		List<Rule> applying = rules;
		Rule rule = Rule.of(element.get("rule"));
		if (rule != null) {
			applying = new ArrayList<>(rules);
			applying.add(rule);
		}
		String type = element.path("type").asString();
		if ("Label".equals(type)) {
			notes.add(text(element.path("text")));
		}
		else if ("Control".equals(type)) {
			String name = name(element);
			if (name != null && this.people.contains(name)) {
				this.peopleRules.put(name, applying);
			}
			else if (name != null && this.schema.path("properties").has(name)) {
				questions.add(question(name, element, applying));
			}
		}
		else {
			for (JsonNode child : element.path("elements")) {
				collect(child, applying, notes, questions);
			}
		}
	}

	private Question question(String name, JsonNode control, List<Rule> rules) {
		JsonNode property = this.schema.path("properties").path(name);
		JsonNode options = control == null ? null : control.path("options");
		String label = first(control == null ? null : control.path("label"), property.path("title"));
		if (label == null) {
			label = name;
		}
		String hint = first(options == null ? null : options.path("hint"),
				options == null ? null : options.path("help"));
		boolean required = this.required.contains("/" + name);
		int maxLength = options != null && options.has("maxLength") ? options.path("maxLength").asInt()
				: property.path("maxLength").asInt(0);
		boolean count = options != null && options.path("characterCount").asBoolean(false);
		String autocomplete = options == null ? null : options.path("autocomplete").asString(null);
		String kind = FieldKinds.kind(options == null ? null : options.path("widget").asString(null), property);
		List<Question> parts = new ArrayList<>();
		if ("address".equals(kind)) {
			Set<String> requiredParts = new HashSet<>();
			property.path("required").forEach(part -> requiredParts.add(part.asString()));
			property.path("properties").propertyNames().forEach(part -> {
				JsonNode partSchema = property.path("properties").path(part);
				String partLabel = first(partSchema.path("title"), null);
				parts.add(new Question(part, "text", partLabel == null ? part : partLabel, null,
						requiredParts.contains(part),
						partSchema.path("maxLength").asInt(0) > 0 ? partSchema.path("maxLength").asInt() : null, false,
						null, List.of(), List.of(), List.of()));
			});
		}
		UploadPolicy upload = "file".equals(kind) && this.uploads != null
				? this.uploads.forQuestion(fileQuestion(options == null ? MissingNode.getInstance() : options)) : null;
		return new Question(name, kind, label, hint, required, maxLength > 0 ? maxLength : null, count, autocomplete,
				choices(property, options), parts, rules, upload);
	}

	private static FileQuestion fileQuestion(JsonNode options) {
		List<String> accept = new ArrayList<>();
		options.path("accept").forEach(pattern -> accept.add(pattern.asString("")));
		return new FileQuestion(accept, options.has("maxFiles") ? options.path("maxFiles").asInt() : null,
				options.path("maxFileSizeKb").asLong(0));
	}

	/**
	 * The answers to choose from: labelled by the control's {@code choiceLabels}, else
	 * the schema.
	 */
	private List<Choice> choices(JsonNode property, JsonNode options) {
		JsonNode source = "array".equals(property.path("type").asString()) ? property.path("items") : property;
		JsonNode labels = options == null ? MissingNode.getInstance() : options.path("choiceLabels");
		List<Choice> choices = new ArrayList<>();
		for (JsonNode value : source.path("enum")) {
			choices.add(new Choice(value.asString(),
					or(text(labels.path(value.asString())), FieldKinds.humanise(value.asString()))));
		}
		for (JsonNode option : source.has("oneOf") ? source.path("oneOf") : source.path("anyOf")) {
			if (option.has("const")) {
				String value = option.path("const").asString();
				String label = or(text(labels.path(value)), first(option.path("title"), null));
				choices.add(new Choice(value, or(label, FieldKinds.humanise(value))));
			}
		}
		return choices;
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

	private String first(JsonNode preferred, JsonNode fallback) {
		String text = preferred == null ? null : LocalText.of(preferred, this.locale);
		return text != null || fallback == null ? text : LocalText.of(fallback, this.locale);
	}

	private static String or(String text, String otherwise) {
		return text != null ? text : otherwise;
	}

	private String text(JsonNode node) {
		return LocalText.of(node, this.locale);
	}

}
