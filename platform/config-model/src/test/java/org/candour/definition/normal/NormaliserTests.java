package org.candour.definition.normal;

import java.util.ArrayList;
import java.util.List;

import org.candour.definition.ConfigDocument;
import org.candour.definition.Problem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NormaliserTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String OUTCOMES = """
			{"kind": "code-list", "id": "outcomes", "title": "Outcomes", "spec": {"values": [
			  {"code": "upheld", "label": {"en": "Upheld", "cy": "Wedi'i gadarnhau"}},
			  {"code": "not-upheld", "label": "Not upheld"},
			  {"code": "withdrawn", "label": "Withdrawn"},
			  {"code": "old", "label": "Old", "retired": true}]}}
			""";

	private static final String RULES = """
			{"kind": "rule", "id": "dated", "title": "Dated", "spec": {
			  "guard": {"type": "object", "required": ["outcome"], "properties": {"outcome": {"type": "object",
			    "required": ["responseDate"], "properties": {"responseDate": {"type": "string", "format": "date"}}}}},
			  "messages": {"/outcome/responseDate": "Enter the date the response was sent"}}}
			""";

	private static final String LEARNING = """
			{"kind": "rule", "id": "learning-if-upheld", "title": "Learning", "spec": {
			  "guard": {"type": "object", "properties": {"outcome": {"type": "object",
			    "if": {"required": ["decision"], "properties": {"decision": {"const": "upheld"}}},
			    "then": {"required": ["learning"]}}}},
			  "messages": {"/outcome/learning": "Record what we have learned"}}}
			""";

	private final Normaliser normaliser = new Normaliser();

	@Test
	void offersTheCodesOfACodeListAsChoicesAndChecksThemInGuards() {
		JsonNode transition = transition(
				"""
						{"action": "respond", "label": "Respond", "from": ["open"], "to": "closed", "roles": ["OFFICER"],
						 "inputs": {"type": "object", "properties": {"decision": {"type": "string", "codeList": "outcomes", "except": ["withdrawn"]}}},
						 "guard": {"properties": {"outcome": {"properties": {"decision": {"codeList": "outcomes"}}}}}}
						""");

		assertThat(transition.at("/inputs/properties/decision")).isEqualTo(
				json("""
						{"type": "string", "oneOf": [{"const": "upheld", "title": "Upheld"}, {"const": "not-upheld", "title": "Not upheld"}]}
						"""));
		assertThat(transition.at("/guard/properties/outcome/properties/decision"))
			.isEqualTo(json("{\"enum\": [\"upheld\", \"not-upheld\", \"withdrawn\", \"old\"]}"));
	}

	@Test
	void putsTranslatedChoiceLabelsOnTheControlsOfAnInputsLayout() {
		JsonNode transition = transition("""
				{"action": "respond", "label": "Respond", "from": ["open"], "to": "closed", "roles": ["OFFICER"],
				 "inputs": {"type": "object", "properties": {"decision": {"type": "string", "codeList": "outcomes"},
				   "note": {"type": "string"}}}}
				""");

		assertThat(transition.at("/inputsUi/elements/0/options/choiceLabels/upheld"))
			.isEqualTo(json("{\"en\": \"Upheld\", \"cy\": \"Wedi'i gadarnhau\"}"));
		assertThat(transition.at("/inputsUi/elements/1")).isEqualTo(json("""
				{"type": "Control", "scope": "#/properties/note"}
				"""));
	}

	@Test
	void writesInputOptionsAsAVerticalLayoutInTheOrderOfTheInputs() {
		JsonNode transition = transition(
				"""
						{"action": "extend", "label": "Extend", "from": ["open"], "to": "open", "roles": ["MANAGER"],
						 "inputs": {"type": "object", "properties": {"days": {"type": "integer"}, "reason": {"type": "string"}}},
						 "inputOptions": {"reason": {"widget": "textarea", "rule": {"effect": "SHOW",
						   "condition": {"scope": "#/properties/days", "schema": {"minimum": 2}}}}}}
						""");

		assertThat(transition.has("inputOptions")).isFalse();
		assertThat(transition.path("inputsUi")).isEqualTo(json("""
				{"type": "VerticalLayout", "elements": [
				  {"type": "Control", "scope": "#/properties/days"},
				  {"type": "Control", "scope": "#/properties/reason", "options": {"widget": "textarea"},
				   "rule": {"effect": "SHOW", "condition": {"scope": "#/properties/days", "schema": {"minimum": 2}}}}]}
				"""));
	}

	@Test
	void combinesRulesWithTheInlineGuardAndTheirMessagesUnderTheTransitions() {
		JsonNode transition = transition("""
				{"action": "respond", "label": "Respond", "from": ["open"], "to": "closed", "roles": ["OFFICER"],
				 "guard": {"rules": ["dated", "learning-if-upheld"], "required": ["data"],
				   "properties": {"data": {"type": "object", "required": ["handler"]}}},
				 "guardMessages": {"/outcome/learning": "Say what we learned", "/data/handler": "Record the handler"}}
				""");

		assertThat(transition.path("guard")).isEqualTo(json("""
				{"type": "object", "required": ["outcome", "data"], "properties": {
				  "outcome": {"type": "object", "required": ["responseDate"],
				    "properties": {"responseDate": {"type": "string", "format": "date"}},
				    "if": {"required": ["decision"], "properties": {"decision": {"const": "upheld"}}},
				    "then": {"required": ["learning"]}},
				  "data": {"type": "object", "required": ["handler"]}}}
				"""));
		assertThat(transition.path("guardMessages")).isEqualTo(json("""
				{"/outcome/responseDate": "Enter the date the response was sent",
				 "/outcome/learning": "Say what we learned", "/data/handler": "Record the handler"}
				"""));
	}

	@Test
	void keepsCollidingConditionsOfRulesApart() {
		JsonNode merged = SchemaMerge.merge(json("""
				{"if": {"required": ["a"]}, "then": {"required": ["b"]}}
				"""), json("""
				{"if": {"required": ["c"]}, "then": {"required": ["d"]}, "type": "object"}
				"""));

		assertThat(merged).isEqualTo(json("""
				{"if": {"required": ["a"]}, "then": {"required": ["b"]}, "type": "object",
				 "allOf": [{"if": {"required": ["c"]}, "then": {"required": ["d"]}}]}
				"""));
	}

	@Test
	void mergesATemplateUnderTheTransitionThatUsesIt() {
		String template = """
				{"kind": "transition-template", "id": "extend", "title": "Extend", "spec": {
				  "action": "extend", "label": "Extend the deadline", "roles": ["MANAGER"], "confirm": "Sure?",
				  "inputs": {"type": "object", "properties": {"days": {"type": "integer", "maximum": 10}}},
				  "inputOptions": {"days": {"hint": "No more than 10 in total."}},
				  "effects": [{"type": "clock", "clock": "respond", "operation": "extend", "amountFrom": "/inputs/days"}]}}
				""";
		JsonNode transition = transition("""
				{"uses": "extend", "from": ["open"], "to": "open", "confirm": null,
				 "inputs": {"properties": {"days": {"maximum": 20}}},
				 "inputOptions": {"days": {"hint": "No more than 20 in total."}}}
				""", template);

		assertThat(transition.has("uses")).isFalse();
		assertThat(transition.has("confirm")).isFalse();
		assertThat(transition.path("label").asString()).isEqualTo("Extend the deadline");
		assertThat(transition.at("/inputs/properties/days"))
			.isEqualTo(json("{\"type\": \"integer\", \"maximum\": 20}"));
		assertThat(transition.at("/inputsUi/elements/0/options/hint").asString())
			.isEqualTo("No more than 20 in total.");
		assertThat(transition.at("/effects/0/clock").asString()).isEqualTo("respond");
	}

	@Test
	void recordsInputsAsTheSetEffectsTheyStandFor() {
		JsonNode transition = transition("""
				{"action": "respond", "label": "Respond", "from": ["open"], "to": "closed", "roles": ["OFFICER"],
				 "effects": [{"type": "record", "in": "outcome", "inputs": ["decision", "learning"]},
				   {"type": "record", "in": "data", "inputs": {"handledBy": "stage1Handler"}},
				   {"type": "close", "reason": "response-sent"}]}
				""");

		assertThat(transition.path("effects")).isEqualTo(json("""
				[{"type": "set", "target": "/outcome/decision", "source": "/inputs/decision"},
				 {"type": "set", "target": "/outcome/learning", "source": "/inputs/learning"},
				 {"type": "set", "target": "/data/stage1Handler", "source": "/inputs/handledBy"},
				 {"type": "close", "reason": "response-sent"}]
				"""));
	}

	@Test
	void expandsRoleSetsAndDurationWordsInTransitionsAndClocks() {
		String set = """
				{"kind": "role-set", "id": "case-workers", "title": "Case workers", "spec": {"roles": ["OFFICER", "MANAGER"]}}
				""";
		JsonNode workflow = normalised(
				workflow(
						"""
								{"action": "close", "label": "Close", "from": ["open"], "to": "closed", "roles": ["case-workers", "MANAGER", "AUDITOR"]}
								""",
						"""
								{"id": "respond", "label": "Respond", "startsOn": {"event": "logged"}, "duration": "10 working days",
								 "warnBefore": "1 hour", "extension": {"maxAmount": 5, "roles": ["case-workers"]}, "stopsOn": ["close"]}
								"""),
				set)
			.get(0)
			.content();

		assertThat(workflow.at("/spec/transitions/0/roles")).isEqualTo(json("[\"OFFICER\", \"MANAGER\", \"AUDITOR\"]"));
		assertThat(workflow.at("/spec/clocks/0/duration"))
			.isEqualTo(json("{\"amount\": 10, \"unit\": \"working-days\"}"));
		assertThat(workflow.at("/spec/clocks/0/warnBefore")).isEqualTo(json("{\"amount\": 1, \"unit\": \"hours\"}"));
		assertThat(workflow.at("/spec/clocks/0/extension/roles")).isEqualTo(json("[\"OFFICER\", \"MANAGER\"]"));
	}

	@Test
	void expandsCalendarMonthsInWords() {
		JsonNode workflow = normalised(workflow("""
				{"action": "close", "label": "Close", "from": ["open"], "to": "closed", "roles": ["OFFICER"]}
				""", """
				{"id": "respond", "label": "Respond", "startsOn": {"event": "logged"}, "duration": "1 calendar month",
				 "warnBefore": "2 calendar months", "stopsOn": ["close"]}
				""")).get(0).content();

		assertThat(workflow.at("/spec/clocks/0/duration"))
			.isEqualTo(json("{\"amount\": 1, \"unit\": \"calendar-months\"}"));
		assertThat(workflow.at("/spec/clocks/0/warnBefore"))
			.isEqualTo(json("{\"amount\": 2, \"unit\": \"calendar-months\"}"));
	}

	@Test
	void splicesAFieldsetIntoAFormWithItsControlsMessagesAndContactDetails() {
		String fieldset = """
				{"kind": "fieldset", "id": "contact", "title": "Contact", "spec": {
				  "schema": {"type": "object", "required": ["name"], "properties": {
				    "name": {"type": "string", "title": "Full name"}, "email": {"type": "string", "format": "email"}}},
				  "elements": [{"type": "Control", "scope": "#/properties/name", "options": {"autocomplete": "name"}},
				    {"type": "Control", "scope": "#/properties/email", "options": {"autocomplete": "email"}}],
				  "messages": {"/name": {"required": "Enter your full name"}, "/email": {"format": "Enter a real email"}},
				  "people": ["name", "email"]}}
				""";
		String form = """
				{"kind": "form", "id": "complaint-form", "title": "Complaint", "spec": {
				  "schema": {"type": "object", "fieldsets": ["contact"], "required": ["summary"], "properties": {
				    "email": {"title": "Email address"}, "summary": {"type": "string"}}},
				  "uiSchema": {"type": "VerticalLayout", "elements": [
				    {"type": "Fieldset", "fieldset": "contact", "controls": {"email": {"options": {"hint": "For updates"}}}},
				    {"type": "Control", "scope": "#/properties/summary"}]},
				  "messages": {"/name": {"required": "Tell us your name"}},
				  "people": ["name"]}}
				""";

		JsonNode spec = normalised(List.of(doc(fieldset), doc(form))).get(1).spec();

		assertThat(spec.path("schema")).isEqualTo(json("""
				{"type": "object", "required": ["name", "summary"], "properties": {
				  "name": {"type": "string", "title": "Full name"},
				  "email": {"type": "string", "format": "email", "title": "Email address"},
				  "summary": {"type": "string"}}}
				"""));
		assertThat(spec.at("/schema/properties").propertyNames()).containsExactly("name", "email", "summary");
		assertThat(spec.at("/uiSchema/elements")).isEqualTo(
				json("""
						[{"type": "Control", "scope": "#/properties/name", "options": {"autocomplete": "name"}},
						 {"type": "Control", "scope": "#/properties/email", "options": {"autocomplete": "email", "hint": "For updates"}},
						 {"type": "Control", "scope": "#/properties/summary"}]
						"""));
		assertThat(spec.path("messages")).isEqualTo(json("""
				{"/name": {"required": "Tell us your name"}, "/email": {"format": "Enter a real email"}}
				"""));
		assertThat(spec.path("people")).isEqualTo(json("[\"name\", \"email\"]"));
	}

	@Test
	void asksAFieldsetUsedAsAnInputAsAGroupOfItsControls() {
		String fieldset = """
				{"kind": "fieldset", "id": "risk", "title": "Risk", "spec": {
				  "schema": {"type": "object", "required": ["category"], "properties": {
				    "category": {"type": "string", "codeList": "outcomes"}, "rationale": {"type": "string"}}}}}
				""";
		JsonNode transition = transition("""
				{"action": "decide", "label": "Decide", "from": ["open"], "to": "closed", "roles": ["OFFICER"],
				 "inputs": {"type": "object", "properties": {"note": {"type": "string"},
				   "risk": {"fieldsets": ["risk"], "title": "Risk assessment"}}}}
				""", fieldset);

		assertThat(transition.at("/inputs/properties/risk/required")).isEqualTo(json("[\"category\"]"));
		assertThat(transition.at("/inputs/properties/risk/properties/category/oneOf").size()).isEqualTo(3);
		assertThat(transition.path("inputsUi")).isEqualTo(json("""
				{"type": "VerticalLayout", "elements": [
				  {"type": "Control", "scope": "#/properties/note"},
				  {"type": "Group", "label": "Risk assessment", "elements": [
				    {"type": "Control", "scope": "#/properties/risk/properties/category"},
				    {"type": "Control", "scope": "#/properties/risk/properties/rationale"}]}]}
				"""));
	}

	@Test
	void reportsEachMissingReferenceWhereTheAuthorWroteIt() {
		ConfigDocument workflow = workflow("""
				{"uses": "respond", "from": ["open"], "to": "closed", "roles": ["reviewers"],
				 "guard": {"rules": ["dated", "learning-somehow"]},
				 "inputs": {"type": "object", "properties": {"decision": {"codeList": "decisions"},
				   "other": {"codeList": "outcomes", "except": ["maybe"]}, "risk": {"fieldsets": ["risk"]}}}}
				""", null);

		List<Problem> problems = this.normaliser.normalise(List.of(workflow, doc(OUTCOMES), doc(RULES))).problems();

		assertThat(problems).extracting(Problem::code, Problem::document, Problem::pointer)
			.containsExactlyInAnyOrder(tuple("ref.template-missing", "workflow/complaint", "/spec/transitions/0/uses"),
					tuple("ref.role-set-missing", "workflow/complaint", "/spec/transitions/0/roles/0"),
					tuple("ref.rule-missing", "workflow/complaint", "/spec/transitions/0/guard/rules/1"),
					tuple("ref.code-list-missing", "workflow/complaint",
							"/spec/transitions/0/inputs/properties/decision/codeList"),
					tuple("ref.code-missing", "workflow/complaint",
							"/spec/transitions/0/inputs/properties/other/except/0"),
					tuple("ref.fieldset-missing", "workflow/complaint",
							"/spec/transitions/0/inputs/properties/risk/fieldsets/0"));
	}

	@Test
	void leavesCanonicalDocumentsAsTheyAre() {
		ConfigDocument canonical = workflow("""
				{"action": "close", "label": "Close", "from": ["open"], "to": "closed", "roles": ["OFFICER"],
				 "inputs": {"type": "object", "properties": {"decision": {"type": "string", "enum": ["a", "b"]}}},
				 "effects": [{"type": "set", "target": "/outcome/decision", "source": "/inputs/decision"}]}
				""", null);

		Normalised normalised = this.normaliser.normalise(List.of(canonical, doc(OUTCOMES)));

		assertThat(normalised.documents().get(0)).isSameAs(canonical);
		assertThat(normalised.problems()).isEmpty();
	}

	@Test
	void normalisingTwiceChangesNothingMore() {
		List<ConfigDocument> once = normalised(workflow(
				"""
						{"action": "respond", "label": "Respond", "from": ["open"], "to": "closed", "roles": ["OFFICER"],
						 "guard": {"rules": ["dated"]}, "inputs": {"type": "object", "properties": {"decision": {"codeList": "outcomes"}}},
						 "effects": [{"type": "record", "in": "outcome", "inputs": ["decision"]}]}
						""",
				null));

		List<ConfigDocument> twice = this.normaliser.normalise(once).documents();

		assertThat(twice).isEqualTo(once);
	}

	private JsonNode transition(String transition, String... more) {
		List<String> documents = new ArrayList<>(List.of(more));
		return normalised(workflow(transition, null), documents.toArray(String[]::new)).get(0)
			.content()
			.at("/spec/transitions/0");
	}

	private List<ConfigDocument> normalised(ConfigDocument workflow, String... more) {
		List<ConfigDocument> documents = new ArrayList<>(List.of(workflow, doc(OUTCOMES), doc(RULES), doc(LEARNING)));
		for (String document : more) {
			documents.add(doc(document));
		}
		return normalised(documents);
	}

	private List<ConfigDocument> normalised(List<ConfigDocument> documents) {
		Normalised normalised = this.normaliser.normalise(documents);
		assertThat(normalised.problems()).isEmpty();
		return normalised.documents();
	}

	private static ConfigDocument workflow(String transition, String clock) {
		return doc(
				"""
						{"kind": "workflow", "id": "complaint", "title": "Complaint", "spec": {"initialState": "open",
						 "states": [{"id": "open", "label": "Open", "category": "open"}, {"id": "closed", "label": "Closed", "category": "closed"}],
						 "clocks": [%s], "transitions": [%s]}}
						"""
					.formatted(clock == null ? "" : clock, transition));
	}

	private static ConfigDocument doc(String json) {
		return ConfigDocument.of(json(json));
	}

	private static JsonNode json(String json) {
		return JSON.readTree(json);
	}

}
