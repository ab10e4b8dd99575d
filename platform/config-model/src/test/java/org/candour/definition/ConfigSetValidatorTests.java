package org.candour.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ConfigSetValidatorTests {

	private static final ConfigSetValidator VALIDATOR = new ConfigSetValidator(new Schemas());

	private static final List<String> KINDS = List.of("feedback-type", "form", "workflow", "org-structure", "calendar",
			"notification-template", "report");

	private final Map<String, ObjectNode> documents = new LinkedHashMap<>();

	private final List<ObjectNode> extra = new ArrayList<>();

	@BeforeEach
	void loadConsistentSet() {
		KINDS.forEach(kind -> this.documents.put(kind, JsonResources.read("sets/consistent/" + kind + ".json")));
	}

	@Test
	void acceptsAConsistentSet() {
		ValidationReport report = validate();

		assertThat(report.errors()).isEmpty();
		assertThat(report.warnings()).isEmpty();
		assertThat(report.valid()).isTrue();
	}

	@Test
	void rejectsFeedbackTypeWithUnknownForm() {
		merge("feedback-type", """
				{ "spec": { "form": "no-such-form" } }
				""");

		assertOnlyError("ref.form-missing", "feedback-type/complaint-stage-1", "/spec/form");
	}

	@Test
	void rejectsFeedbackTypeWithUnknownWorkflow() {
		merge("feedback-type", """
				{ "spec": { "workflow": "no-such-workflow" } }
				""");

		assertOnlyError("ref.workflow-missing", "feedback-type/complaint-stage-1", "/spec/workflow");
	}

	@Test
	void rejectsTransitionToUnknownState() {
		edit("workflow", workflow -> ((ObjectNode) workflow.at("/spec/transitions/4")).put("to", "extended"));

		assertOnlyError("ref.state-missing", "workflow/complaint-stage-1", "/spec/transitions/4/to");
	}

	@Test
	void rejectsTransitionFromUnknownState() {
		edit("workflow",
				workflow -> ((ObjectNode) workflow.at("/spec/transitions/8")).putArray("from")
					.add("new")
					.add("triaged"));

		assertOnlyError("ref.state-missing", "workflow/complaint-stage-1", "/spec/transitions/8/from/1");
	}

	@Test
	void rejectsUnknownInitialState() {
		merge("workflow", """
				{ "spec": { "initialState": "received" } }
				""");

		assertOnlyError("ref.state-missing", "workflow/complaint-stage-1", "/spec/initialState");
	}

	@Test
	void rejectsClockPausedInUnknownState() {
		edit("workflow", workflow -> ((ObjectNode) workflow.at("/spec/clocks/1")).putArray("pausedIn").add("on-hold"));

		assertOnlyError("ref.state-missing", "workflow/complaint-stage-1", "/spec/clocks/1/pausedIn/0");
	}

	@Test
	void rejectsClockStoppedByUnknownAction() {
		edit("workflow",
				workflow -> ((ObjectNode) workflow.at("/spec/clocks/0")).putArray("stopsOn")
					.add("acknowledge")
					.add("reject"));

		assertOnlyError("ref.action-missing", "workflow/complaint-stage-1", "/spec/clocks/0/stopsOn/1");
	}

	@Test
	void rejectsClockStartedByUnknownAction() {
		edit("workflow", workflow -> ((ObjectNode) workflow.at("/spec/clocks/1/startsOn")).put("transition", "accept"));

		assertOnlyError("ref.action-missing", "workflow/complaint-stage-1", "/spec/clocks/1/startsOn/transition");
	}

	@Test
	void rejectsEffectOnUnknownClock() {
		edit("workflow", workflow -> ((ObjectNode) workflow.at("/spec/transitions/4/effects/0")).put("clock", "reply"));

		assertOnlyError("ref.clock-missing", "workflow/complaint-stage-1", "/spec/transitions/4/effects/0/clock");
	}

	@Test
	void rejectsClockStartedWhenUnknownClockStops() {
		edit("workflow", workflow -> ((ObjectNode) workflow.at("/spec/clocks/1")).set("startsOn",
				JsonResources.parse("{ \"clockStopped\": \"triage\" }")));

		assertOnlyError("ref.clock-missing", "workflow/complaint-stage-1", "/spec/clocks/1/startsOn/clockStopped");
	}

	@Test
	void acceptsAClockInCalendarMonthsDueOnAWorkingDay() {
		edit("workflow", workflow -> {
			ObjectNode respond = (ObjectNode) workflow.at("/spec/clocks/1");
			respond.set("duration", JsonResources.parse("{\"amount\": 1, \"unit\": \"calendar-months\"}"));
			respond.put("dueOnWorkingDay", true);
		});

		ValidationReport report = validate();

		assertThat(report.errors()).isEmpty();
	}

	@Test
	void rejectsAClockInHoursDueOnAWorkingDay() {
		edit("workflow", workflow -> {
			ObjectNode respond = (ObjectNode) workflow.at("/spec/clocks/1");
			respond.set("duration", JsonResources.parse("{\"amount\": 48, \"unit\": \"hours\"}"));
			respond.put("dueOnWorkingDay", true);
		});

		assertOnlyError("workflow.due-on-working-day-in-hours", "workflow/complaint-stage-1",
				"/spec/clocks/1/dueOnWorkingDay");
	}

	@Test
	void rejectsGuardNamingAFieldNoFormHas() {
		edit("workflow",
				workflow -> ((ObjectNode) workflow.at("/spec/transitions/6/guard/properties/data")).putArray("required")
					.add("nonexistent"));

		assertOnlyError("ref.field-missing", "workflow/complaint-stage-1", "/spec/transitions/6/guard");
	}

	@Test
	void rejectsReportDimensionOnAFieldNoFormHas() {
		edit("report", report -> ((ObjectNode) report.at("/spec/dimensions/3")).put("field", "data.nonexistent"));

		assertOnlyError("ref.field-missing", "report/stage-1-performance", "/spec/dimensions/3/field");
	}

	@Test
	void rejectsSummaryFieldTheFormDoesNotHave() {
		merge("feedback-type", """
				{ "spec": { "summaryField": "/subject" } }
				""");

		assertOnlyError("ref.field-missing", "feedback-type/complaint-stage-1", "/spec/summaryField");
	}

	@Test
	void rejectsControlScopedToAFieldTheFormDoesNotHave() {
		edit("form", form -> ((ObjectNode) form.at("/spec/uiSchema/elements/1/elements/1")).put("scope",
				"#/properties/subject"));

		assertOnlyError("ref.field-missing", "form/complaint-form", "/spec/uiSchema/elements/1/elements/1/scope");
	}

	@Test
	void rejectsAConditionOnAQuestionTheFormDoesNotHave() {
		edit("form", form -> ((ObjectNode) form.at("/spec/uiSchema/elements/1/elements/1"))
			.set("rule", JsonResources.parse("""
					{ "effect": "SHOW", "condition": { "scope": "#/properties/subject", "schema": { "const": "x" } } }
					""")));

		assertOnlyError("form.condition-question-missing", "form/complaint-form",
				"/spec/uiSchema/elements/1/elements/1/rule/condition/scope");
	}

	@Test
	void rejectsAFileQuestionWhosePropertyCannotHoldTheUploadedFiles() {
		edit("form", form -> ((ObjectNode) form.at("/spec/uiSchema/elements/1/elements/1")).putObject("options")
			.put("widget", "file"));

		assertOnlyError("form.file-field", "form/complaint-form", "/spec/uiSchema/elements/1/elements/1/scope");
	}

	@Test
	void acceptsAPickListOfOfficersOnAnOfficersActionInput() {
		edit("workflow", workflow -> ((ObjectNode) workflow.at("/spec/transitions/1/inputsUi/elements/1/options"))
			.put("source", "officers"));

		assertThat(validate().errors()).isEmpty();
	}

	@Test
	void rejectsAPickListOfStaffInAResidentForm() {
		edit("form", form -> ((ObjectNode) form.at("/spec/uiSchema/elements/1/elements/1")).putObject("options")
			.put("source", "officers"));

		assertOnlyError("form.pick-list", "form/complaint-form", "/spec/uiSchema/elements/1/elements/1/options/source");
	}

	@Test
	void rejectsAPickListOfStaffOnAnActionResidentsTake() {
		edit("workflow",
				workflow -> ((ObjectNode) workflow.at("/spec/transitions/7")).set("inputsUi", JsonResources.parse("""
						{ "type": "VerticalLayout", "elements": [
						  { "type": "Control", "scope": "#/properties/reason", "options": { "source": "teams" } } ] }
						""")));

		assertOnlyError("workflow.pick-list-public", "workflow/complaint-stage-1",
				"/spec/transitions/7/inputsUi/elements/0/options/source");
	}

	@Test
	void rejectsAPickListOnAnInputWithChoicesOfItsOwn() {
		edit("workflow",
				workflow -> ((ObjectNode) workflow.at("/spec/transitions/1/inputs/properties/officer")).putArray("enum")
					.add("pat"));
		edit("workflow", workflow -> ((ObjectNode) workflow.at("/spec/transitions/1/inputsUi/elements/1/options"))
			.put("source", "officers"));

		assertOnlyError("workflow.pick-list-input", "workflow/complaint-stage-1",
				"/spec/transitions/1/inputsUi/elements/1/options/source");
	}

	@Test
	void rejectsPersonalFieldTheFormDoesNotHave() {
		edit("form", form -> ((ObjectNode) form.get("spec")).putArray("people").add("name").add("address"));

		assertOnlyError("ref.field-missing", "form/complaint-form", "/spec/people/1");
	}

	@Test
	void rejectsEscalationToUnknownFeedbackType() {
		merge("feedback-type", """
				{ "spec": { "escalatesTo": ["complaint-stage-2"] } }
				""");

		assertOnlyError("ref.feedback-type-missing", "feedback-type/complaint-stage-1", "/spec/escalatesTo/0");
	}

	@Test
	void rejectsReclassifyingToUnknownFeedbackType() {
		edit("workflow", workflow -> ((ObjectNode) workflow.at("/spec/transitions/0")).withArray("effects")
			.add(JsonResources.parse("{ \"type\": \"reclassify\", \"feedbackType\": \"service-request\" }")));

		assertOnlyError("ref.feedback-type-missing", "workflow/complaint-stage-1",
				"/spec/transitions/0/effects/1/feedbackType");
	}

	@Test
	void rejectsEscalatingToUnknownFeedbackType() {
		edit("workflow", workflow -> ((ObjectNode) workflow.at("/spec/transitions/6")).withArray("effects")
			.add(JsonResources.parse("""
					{ "type": "escalate", "feedbackType": "complaint-stage-2", "link": "stage-of" }
					""")));

		assertOnlyError("ref.feedback-type-missing", "workflow/complaint-stage-1",
				"/spec/transitions/6/effects/1/feedbackType");
	}

	@Test
	void rejectsReportMeasuresAndFiltersOnFieldsNoFormHas() {
		edit("report", report -> ((ObjectNode) report.at("/spec/measures/3")).put("field", "data.cost.total"));
		edit("report", report -> ((ObjectNode) report.at("/spec/filters/1")).put("field", "data.nonexistent"));

		assertThat(validate().errors()).extracting(Problem::code, Problem::document, Problem::pointer, Problem::message)
			.containsExactly(
					tuple("ref.field-missing", "report/stage-1-performance", "/spec/measures/3/field",
							"No form of this report has a field data.cost.total"),
					tuple("ref.field-missing", "report/stage-1-performance", "/spec/filters/1/field",
							"No form of this report has a field data.nonexistent"));
	}

	@Test
	void rejectsReportOnUnknownFeedbackType() {
		merge("report", """
				{ "spec": { "feedbackTypes": ["complaint-stage-1", "compliment"] } }
				""");

		assertOnlyError("ref.feedback-type-missing", "report/stage-1-performance", "/spec/feedbackTypes/1");
	}

	@Test
	void rejectsNotificationWithUnknownTemplate() {
		edit("workflow", workflow -> ((ObjectNode) workflow.at("/spec/transitions/0/effects/0")).put("template",
				"case-assigned"));

		assertOnlyError("ref.template-missing", "workflow/complaint-stage-1", "/spec/transitions/0/effects/0/template");
	}

	@Test
	void rejectsUnknownAcknowledgementTemplate() {
		merge("feedback-type", """
				{ "spec": { "acknowledgementTemplate": "complaint-received" } }
				""");

		assertOnlyError("ref.template-missing", "feedback-type/complaint-stage-1", "/spec/acknowledgementTemplate");
	}

	@Test
	void rejectsAPublicTypeWhoseChannelsLeaveOutTheWeb() {
		merge("feedback-type", """
				{ "spec": { "channels": ["phone", "letter"] } }
				""");

		assertOnlyError("type.web-channel-missing", "feedback-type/complaint-stage-1", "/spec/channels");
	}

	@Test
	void rejectsUnknownDefaultOrgUnit() {
		merge("feedback-type", """
				{ "spec": { "defaultOrgUnit": "complaints-team" } }
				""");

		assertOnlyError("ref.org-unit-missing", "feedback-type/complaint-stage-1", "/spec/defaultOrgUnit");
	}

	@Test
	void rejectsAssignmentToUnknownTeam() {
		edit("workflow", workflow -> ((ObjectNode) workflow.at("/spec/transitions/1")).withArray("effects")
			.add(JsonResources.parse("{ \"type\": \"assign\", \"to\": \"team\", \"value\": \"complaints-team\" }")));

		assertOnlyError("ref.org-unit-missing", "workflow/complaint-stage-1", "/spec/transitions/1/effects/2/value");
	}

	@Test
	void acceptsAssignmentToKnownTeamAndClearingTheTeam() {
		edit("workflow",
				workflow -> ((ObjectNode) workflow.at("/spec/transitions/1")).withArray("effects")
					.add(JsonResources.parse("{ \"type\": \"assign\", \"to\": \"team\", \"value\": \"collections\" }"))
					.add(JsonResources.parse("{ \"type\": \"assign\", \"to\": \"team\", \"value\": \"\" }")));

		assertThat(validate().errors()).isEmpty();
	}

	@Test
	void rejectsTwoDocumentsOfTheSameKindWithTheSameId() {
		this.extra.add(JsonResources.read("sets/consistent/notification-template.json"));

		assertOnlyError("id.duplicate", "notification-template/complaint-acknowledgement", "/id");
	}

	@Test
	void acceptsTheSameIdForDocumentsOfDifferentKinds() {
		assertThat(this.documents.get("feedback-type").path("id").asString())
			.isEqualTo(this.documents.get("workflow").path("id").asString());

		assertThat(validate().errors()).isEmpty();
	}

	@Test
	void rejectsTwoStatesWithTheSameId() {
		edit("workflow", workflow -> ((ObjectNode) workflow.at("/spec/states/4")).put("id", "investigating"));

		assertThat(validate().errors()).extracting(Problem::code, Problem::document, Problem::pointer)
			.containsExactlyInAnyOrder(tuple("id.duplicate", "workflow/complaint-stage-1", "/spec/states/4/id"),
					tuple("ref.state-missing", "workflow/complaint-stage-1", "/spec/transitions/5/to"),
					tuple("ref.state-missing", "workflow/complaint-stage-1", "/spec/transitions/6/from/0"));
	}

	@Test
	void rejectsTwoOrgUnitsWithTheSameId() {
		edit("org-structure", structure -> ((ObjectNode) structure.at("/spec/units/2")).withArray("children")
			.add(JsonResources.parse("""
					{ "id": "collections", "name": "Collections", "type": "team", "effectiveFrom": "2024-04-01" }
					""")));

		assertOnlyError("org.unit-duplicate", "org-structure/organisation", "/spec/units/2/children/1/id");
	}

	@Test
	void pointsAtAUnitReusedDeepInTheTree() {
		edit("org-structure", structure -> ((ObjectNode) structure.at("/spec/units/1/children/1/children/0")).put("id",
				"adult-care-south"));

		assertOnlyError("org.unit-duplicate", "org-structure/organisation", "/spec/units/1/children/1/children/0/id");
	}

	@Test
	void rejectsACalendarWhoseTimeZoneDoesNotExist() {
		merge("calendar", """
				{ "spec": { "timeZone": "Mars/Olympus_Mons" } }
				""");

		assertOnlyError("config.unreadable", "", "");
	}

	@Test
	void rejectsASecondCalendar() {
		ObjectNode other = JsonResources.read("sets/consistent/calendar.json");
		other.put("id", "office-days");
		this.extra.add(other);

		assertOnlyError("calendar.multiple", "calendar/office-days", "");
	}

	@Test
	void rejectsFormWhoseSchemaIsNotAJsonSchema() {
		merge("form", """
				{ "spec": { "schema": { "properties": { "details": { "type": 12 } } } } }
				""");

		assertOnlyError("schema.invalid", "form/complaint-form", "/spec/schema");
	}

	@Test
	void rejectsGuardThatIsNotAJsonSchema() {
		edit("workflow",
				workflow -> ((ObjectNode) workflow.at("/spec/transitions/6")).set("guard", JsonResources.parse("""
						{ "type": 12 }
						""")));

		assertOnlyError("schema.invalid", "workflow/complaint-stage-1", "/spec/transitions/6/guard");
	}

	@Test
	void rejectsInputsThatAreNotAJsonSchema() {
		edit("workflow", workflow -> ((ObjectNode) workflow.at("/spec/transitions/2/inputs/properties/question"))
			.put("minLength", -1));

		assertOnlyError("schema.invalid", "workflow/complaint-stage-1", "/spec/transitions/2/inputs");
	}

	@Test
	void warnsAboutUnreachableStateWithoutBlockingPublication() {
		edit("workflow", workflow -> ((ObjectNode) workflow.at("/spec")).withArray("states")
			.add(JsonResources.parse("{ \"id\": \"on-hold\", \"label\": \"On hold\", \"category\": \"waiting\" }")));

		ValidationReport report = validate();

		assertThat(report.valid()).isTrue();
		assertThat(report.warnings()).extracting(Problem::code, Problem::document, Problem::pointer)
			.containsExactly(tuple("workflow.state-unreachable", "workflow/complaint-stage-1", "/spec/states/6"));
	}

	@Test
	void warnsAboutStatesReachableOnlyFromAnUnreachableState() {
		edit("workflow", workflow -> {
			((ObjectNode) workflow.at("/spec")).withArray("states")
				.add(JsonResources.parse("{ \"id\": \"on-hold\", \"label\": \"On hold\", \"category\": \"waiting\" }"))
				.add(JsonResources
					.parse("{ \"id\": \"archived\", \"label\": \"Archived\", \"category\": \"closed\" }"));
			((ObjectNode) workflow.at("/spec")).withArray("transitions")
				.add(JsonResources
					.parse("""
							{ "action": "archive", "label": "Archive", "from": ["on-hold"], "to": "archived", "roles": ["MANAGER"] }
							"""));
		});

		assertThat(validate().warnings()).extracting(Problem::code, Problem::pointer)
			.containsExactly(tuple("workflow.state-unreachable", "/spec/states/6"),
					tuple("workflow.state-unreachable", "/spec/states/7"));
	}

	@Test
	void warnsAboutStateWhoseOnlyWayInIsFromItself() {
		edit("workflow", workflow -> {
			((ObjectNode) workflow.at("/spec")).withArray("states")
				.add(JsonResources.parse("{ \"id\": \"on-hold\", \"label\": \"On hold\", \"category\": \"waiting\" }"));
			((ObjectNode) workflow.at("/spec")).withArray("transitions")
				.add(JsonResources
					.parse("""
							{ "action": "hold-again", "label": "Hold again", "from": ["on-hold"], "to": "on-hold", "roles": ["MANAGER"] }
							"""));
		});

		assertThat(validate().warnings()).extracting(Problem::code, Problem::pointer)
			.containsExactly(tuple("workflow.state-unreachable", "/spec/states/6"));
	}

	@Test
	void reachesStatesThroughTransitionsFromAnyState() {
		edit("workflow", workflow -> {
			((ObjectNode) workflow.at("/spec")).withArray("states")
				.add(JsonResources.parse("{ \"id\": \"on-hold\", \"label\": \"On hold\", \"category\": \"waiting\" }"));
			((ObjectNode) workflow.at("/spec")).withArray("transitions").add(JsonResources.parse("""
					{ "action": "hold", "label": "Hold", "from": ["*"], "to": "on-hold", "roles": ["MANAGER"] }
					"""));
		});

		assertThat(validate().warnings()).isEmpty();
	}

	@Test
	void acceptsAReopeningWithARequiredReason() {
		addTransition(
				"""
						{ "action": "reopen", "label": "Reopen", "from": ["closed"], "to": "investigating", "roles": ["MANAGER"],
						  "inputs": { "type": "object", "required": ["reason"],
						              "properties": { "reason": { "type": "string", "title": "Why reopen it?" } } },
						  "effects": [ { "type": "reopen", "reasonFrom": "/inputs/reason" },
						               { "type": "clock", "clock": "respond", "operation": "resume" } ] }
						""");

		assertThat(validate().errors()).isEmpty();
	}

	@Test
	void refusesATransitionOutOfAClosedStateThatDoesNotSayItReopens() {
		addTransition(
				"""
						{ "action": "reopen", "label": "Reopen", "from": ["closed"], "to": "investigating", "roles": ["MANAGER"] }
						""");

		assertOnlyError("workflow.reopen-missing", "workflow/complaint-stage-1", "/spec/transitions/9");
	}

	@Test
	void refusesAReopeningWithoutARequiredReasonOrFromAnOpenState() {
		addTransition(
				"""
						{ "action": "reopen", "label": "Reopen", "from": ["closed"], "to": "investigating", "roles": ["MANAGER"],
						  "inputs": { "type": "object", "properties": { "reason": { "type": "string" } } },
						  "effects": [ { "type": "reopen", "reasonFrom": "/inputs/reason" } ] }
						""");
		assertOnlyError("workflow.reopen-reason-optional", "workflow/complaint-stage-1",
				"/spec/transitions/9/effects/0/reasonFrom");

		loadConsistentSet();
		addTransition(
				"""
						{ "action": "hold", "label": "Hold", "from": ["investigating"], "to": "responded", "roles": ["MANAGER"],
						  "inputs": { "type": "object", "required": ["reason"], "properties": { "reason": { "type": "string" } } },
						  "effects": [ { "type": "reopen", "reasonFrom": "/inputs/reason" } ] }
						""");
		assertOnlyError("workflow.reopen-not-from-closed", "workflow/complaint-stage-1",
				"/spec/transitions/9/effects/0");
	}

	private void addTransition(String transition) {
		edit("workflow", workflow -> ((ObjectNode) workflow.at("/spec")).withArray("transitions")
			.add(JsonResources.parse(transition)));
	}

	@Test
	void warnsAboutWorkflowThatCannotCloseAndItsStateWithNoWayOut() {
		edit("workflow", workflow -> ((ObjectNode) workflow.at("/spec/states/5")).put("category", "open"));

		ValidationReport report = validate();

		assertThat(report.valid()).isTrue();
		assertThat(report.warnings()).extracting(Problem::code, Problem::document, Problem::pointer)
			.containsExactly(tuple("workflow.state-dead-end", "workflow/complaint-stage-1", "/spec/states/5"),
					tuple("workflow.no-closed-state", "workflow/complaint-stage-1", "/spec/states"));
	}

	@Test
	void warnsThatAPublicActionWithoutResidentWordingIsNotOffered() {
		edit("workflow", workflow -> ((ObjectNode) workflow.at("/spec/transitions/7")).remove("publicLabel"));

		ValidationReport report = validate();

		assertThat(report.valid()).isTrue();
		assertThat(report.warnings()).extracting(Problem::code, Problem::document, Problem::pointer)
			.containsExactly(
					tuple("workflow.public-action-unlabelled", "workflow/complaint-stage-1", "/spec/transitions/7"));
	}

	@Test
	void rejectsAPublicClockWithoutResidentWording() {
		edit("workflow", workflow -> ((ObjectNode) workflow.at("/spec/clocks/0")).put("public", true));

		ValidationReport report = validate();

		assertThat(report.valid()).isFalse();
		assertThat(report.errors()).extracting(Problem::code, Problem::pointer)
			.contains(tuple("meta.required", "/spec/clocks/0/publicLabel"));
	}

	@Test
	void acceptsAPublicClockWithResidentWording() {
		edit("workflow",
				workflow -> ((ObjectNode) workflow.at("/spec/clocks/0")).put("public", true)
					.putObject("publicLabel")
					.put("en", "Acknowledgement")
					.put("cy", "Cydnabyddiaeth"));

		assertThat(validate().errors()).isEmpty();
	}

	@Test
	void rejectsAStatesResidentWordingWhoseConditionNamesNoField() {
		edit("workflow",
				workflow -> ((ObjectNode) workflow.at("/spec/states/5")).putArray("publicLabelWhen")
					.addObject()
					.put("publicLabel", "Thank you for your compliment")
					.set("when", JsonResources.parse("""
							{ "properties": { "data": { "properties": { "wasCompliment": { "const": true } },
							  "required": ["wasCompliment"] } } }
							""")));

		assertOnlyError("ref.field-missing", "workflow/complaint-stage-1", "/spec/states/5/publicLabelWhen/0/when");
	}

	@Test
	void rejectsAStatesResidentWordingWhoseConditionIsNotAJsonSchema() {
		edit("workflow",
				workflow -> ((ObjectNode) workflow.at("/spec/states/5")).putArray("publicLabelWhen")
					.addObject()
					.put("publicLabel", "Thank you for your compliment")
					.set("when", JsonResources.parse("{ \"type\": 12 }")));

		assertOnlyError("schema.invalid", "workflow/complaint-stage-1", "/spec/states/5/publicLabelWhen/0/when");
	}

	@Test
	void rejectsANeedsRuleNamingNoProperty() {
		edit("form", form -> ((ObjectNode) form.at("/spec/uiSchema/elements/0/elements/1/options")).putObject("needs")
			.put("email", "fax"));

		assertOnlyError("ref.field-missing", "form/complaint-form",
				"/spec/uiSchema/elements/0/elements/1/options/needs/email");
	}

	@Test
	void skipsCrossReferencesWhenADocumentBreaksItsMetaSchema() {
		merge("feedback-type", """
				{ "spec": { "category": "grumble", "form": "no-such-form" } }
				""");

		ValidationReport report = validate();

		assertThat(report.errors()).extracting(Problem::code, Problem::document, Problem::pointer)
			.containsExactly(tuple("meta.enum", "feedback-type/complaint-stage-1", "/spec/category"));
		assertThat(report.warnings()).extracting(Problem::code).containsExactly("refs.skipped");
	}

	@Test
	void rejectsATemplatePlaceholderCandourDoesNotFill() {
		merge("notification-template", """
				{ "spec": { "body": { "cy": "Cyfeirnod: {{reference}}. Dilynwch: {{trackinglink}}" } } }
				""");

		assertOnlyError("template.placeholder-unknown", "notification-template/complaint-acknowledgement",
				"/spec/body/cy");
		assertThat(validate().errors().get(0).message()).contains("'{{trackinglink}}'");
	}

	@Test
	void refusesAStaffTemplateAsAResidentsAcknowledgementOrANotificationToThem() {
		merge("notification-template", """
				{ "spec": { "audience": "staff", "subject": { "en": "Received {{reference}}" },
				  "body": { "en": "Open {{caseLink}}", "cy": "Agor {{caseLink}}" }, "placeholders": null } }
				""");

		assertThat(validate().errors()).extracting(Problem::code, Problem::document, Problem::pointer)
			.containsExactly(
					tuple("template.audience-mismatch", "feedback-type/complaint-stage-1",
							"/spec/acknowledgementTemplate"),
					tuple("template.audience-mismatch", "workflow/complaint-stage-1",
							"/spec/transitions/0/effects/0/template"));
	}

	@Test
	void refusesATrackingLinkOrCaseDataInAStaffTemplate() {
		this.extra.add((ObjectNode) JsonResources.parse("""
				{ "kind": "notification-template", "id": "staff-case-assigned", "title": "Assigned",
				  "spec": { "audience": "staff", "channel": "email", "subject": "Case {{reference}}",
				            "body": "Open {{caseLink}} or {{trackingLink}} about {{data.summary}}" } }
				"""));

		ValidationReport report = validate();

		assertThat(report.errors()).extracting(Problem::code, Problem::document, Problem::pointer)
			.containsExactly(
					tuple("template.placeholder-unknown", "notification-template/staff-case-assigned", "/spec/body"),
					tuple("template.placeholder-unknown", "notification-template/staff-case-assigned", "/spec/body"));
		assertThat(report.errors()).extracting(Problem::message)
			.anySatisfy(message -> assertThat(message).contains("'{{trackingLink}}'").contains("for staff"))
			.anySatisfy(message -> assertThat(message).contains("'{{data.summary}}'"));
	}

	@Test
	void refusesAStaffTemplateCandourSendsWrittenForResidents() {
		this.extra.add((ObjectNode) JsonResources.parse("""
				{ "kind": "notification-template", "id": "staff-action-overdue", "title": "Overdue",
				  "spec": { "channel": "email", "subject": "Overdue {{reference}}", "body": "Overdue" } }
				"""));

		assertOnlyError("template.audience-mismatch", "notification-template/staff-action-overdue", "/spec/audience");
	}

	@Test
	void refusesAStaffTemplateNotifiedToTheComplainant() {
		this.extra.add((ObjectNode) JsonResources.parse("""
				{ "kind": "notification-template", "id": "internal-note", "title": "Internal",
				  "spec": { "audience": "staff", "channel": "email", "subject": "Case {{reference}}",
				            "body": "Open {{caseLink}}" } }
				"""));
		edit("workflow",
				workflow -> ((ObjectNode) workflow.path("spec").path("transitions").get(0)).withArray("effects")
					.add(JsonResources
						.parse("{\"type\": \"notify\", \"template\": \"internal-note\", \"to\": \"complainant\"}")));

		ValidationReport report = validate();

		assertThat(report.errors()).extracting(Problem::code, Problem::document)
			.containsExactly(tuple("template.audience-mismatch", "workflow/complaint-stage-1"));
		assertThat(report.errors().get(0).pointer()).matches("/spec/transitions/0/effects/\\d+/template");
	}

	@Test
	void warnsOfATemplatePlaceholderNamingAnAnswerNoCaseHolds() {
		merge("notification-template", """
				{ "spec": { "subject": { "en": "About {{data.summary}} ({{data.sumary}})" } } }
				""");

		ValidationReport report = validate();
		assertThat(report.valid()).isTrue();
		assertThat(report.warnings()).extracting(Problem::code, Problem::pointer, Problem::message)
			.containsExactly(tuple("template.placeholder-unbound", "/spec/subject/en",
					"'{{data.sumary}}' is always blank: no form question or action input is called 'sumary'"));
	}

	@Test
	void aTemplatePlaceholderForContactDetailsIsBlankBecauseTheyAreKeptApartFromTheCase() {
		merge("notification-template", """
				{ "spec": { "subject": { "en": "Dear {{data.name}}" } } }
				""");

		assertThat(validate().warnings()).extracting(Problem::code).containsExactly("template.placeholder-unbound");
	}

	@Test
	void rejectsASurveyNamingAnEqualityFormThatDoesNotExist() {
		merge("feedback-type", """
				{ "spec": { "survey": { "form": "complaint-form", "equalityForm": "equality-monitoring" } } }
				""");

		assertOnlyError("ref.form-missing", "feedback-type/complaint-stage-1", "/spec/survey/equalityForm");
	}

	@Test
	void rejectsASurveyWhoseFormDoesNotExist() {
		merge("feedback-type", """
				{ "spec": { "survey": { "form": "service-survey" } } }
				""");

		assertOnlyError("ref.form-missing", "feedback-type/complaint-stage-1", "/spec/survey/form");
	}

	@Test
	void warnsOfASurveyInvitationWithoutTheSurveyLink() {
		merge("feedback-type", """
				{ "spec": { "survey": { "form": "complaint-form",
				  "notificationTemplate": "complaint-acknowledgement" } } }
				""");

		ValidationReport report = validate();
		assertThat(report.valid()).isTrue();
		assertThat(report.warnings()).extracting(Problem::code, Problem::pointer)
			.containsExactly(tuple("survey.template-without-link", "/spec/survey/notificationTemplate"));
	}

	@Test
	void acceptsTheSurveyLinkPlaceholder() {
		merge("notification-template", """
				{ "spec": { "body": { "en": "Tell us how we did: {{surveyLink}}" } } }
				""");
		merge("feedback-type", """
				{ "spec": { "survey": { "form": "complaint-form",
				  "notificationTemplate": "complaint-acknowledgement" } } }
				""");

		ValidationReport report = validate();
		assertThat(report.errors()).isEmpty();
		assertThat(report.warnings()).isEmpty();
	}

	private void merge(String kind, String patch) {
		this.documents.put(kind, (ObjectNode) MergePatch.apply(this.documents.get(kind), JsonResources.parse(patch)));
	}

	private void edit(String kind, Consumer<ObjectNode> change) {
		change.accept(this.documents.get(kind));
	}

	private ValidationReport validate() {
		List<ConfigDocument> set = new ArrayList<>();
		this.documents.values().forEach(content -> set.add(ConfigDocument.of(content)));
		this.extra.forEach(content -> set.add(ConfigDocument.of(content)));
		return VALIDATOR.validate(set);
	}

	private void assertOnlyError(String code, String document, String pointer) {
		ValidationReport report = validate();
		assertThat(report.valid()).isFalse();
		assertThat(report.errors()).extracting(Problem::code, Problem::document, Problem::pointer)
			.containsExactly(tuple(code, document, pointer));
	}

}
