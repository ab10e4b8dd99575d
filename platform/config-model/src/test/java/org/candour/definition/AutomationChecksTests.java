package org.candour.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What a workflow makes happen by itself — its clocks' onWarn and onBreach effects, its
 * timed transitions, its guards' comparisons — refers only to what exists, and to
 * transitions the system can take.
 */
class AutomationChecksTests {

	private static final ConfigSetValidator VALIDATOR = new ConfigSetValidator(new Schemas());

	private static final List<String> KINDS = List.of("feedback-type", "form", "workflow", "org-structure", "calendar",
			"notification-template", "report");

	private static final String WORKFLOW = "workflow/complaint-stage-1";

	private final Map<String, ObjectNode> documents = new LinkedHashMap<>();

	@BeforeEach
	void loadConsistentSet() {
		KINDS.forEach(kind -> this.documents.put(kind, JsonResources.read("sets/consistent/" + kind + ".json")));
		ObjectNode staff = (ObjectNode) JsonResources.parse("""
				{"kind": "notification-template", "id": "case-overdue", "title": "Case overdue (staff)",
				 "spec": {"audience": "staff", "channel": "email", "subject": "Case {{reference}} is overdue",
				          "body": "Case {{reference}} was due by {{dueDate}}: {{caseLink}}",
				          "placeholders": ["reference", "dueDate", "caseLink"]}}
				""");
		this.documents.put("staff-template", staff);
	}

	@Test
	void acceptsBreachEffectsATimedTransitionAndAComparison() {
		breach("""
				[{"type": "assign", "to": "team", "value": "adult-care-north"},
				 {"type": "set", "target": "/meta/late", "value": true},
				 {"type": "notify", "template": "case-overdue", "to": "team"},
				 {"type": "notify", "template": "case-overdue", "to": "managers"},
				 {"type": "transition", "action": "info-received"}]""");
		timed("""
				{"in": "responded", "after": {"amount": 30, "unit": "calendar-days"}, "take": "close"}""");
		transition(4).set("guardCompare", JsonResources.parse("""
				[{"type": "different", "fields": ["/data/summary", "/data/details"], "message": "Say more"}]"""));

		ValidationReport report = validate();

		assertThat(report.errors()).isEmpty();
	}

	@Test
	void refusesAnEffectNamingAMissingTemplate() {
		breach("""
				[{"type": "notify", "template": "no-such-template", "to": "team"}]""");

		assertOnlyError("ref.template-missing", "/spec/clocks/1/onBreach/0/template");
	}

	@Test
	void refusesAResidentsTemplateNotifiedToStaff() {
		breach("""
				[{"type": "notify", "template": "complaint-acknowledgement", "to": "assignee"}]""");

		assertOnlyError("template.audience-mismatch", "/spec/clocks/1/onBreach/0/template");
	}

	@Test
	void refusesATransitionThatIsNotThere() {
		breach("""
				[{"type": "transition", "action": "escalate-overdue"}]""");

		assertOnlyError("ref.action-missing", "/spec/clocks/1/onBreach/0/action");
	}

	@Test
	void refusesATransitionThatAsksForRequiredInputs() {
		breach("""
				[{"type": "transition", "action": "respond"}]""");

		assertOnlyError("workflow.automation-inputs-required", "/spec/clocks/1/onBreach/0/action");
	}

	@Test
	void refusesAValueCopiedFromInputs() {
		breach("""
				[{"type": "set", "target": "/meta/late", "source": "/inputs/reason"}]""");

		assertOnlyError("workflow.automation-input", "/spec/clocks/1/onBreach/0/source");
	}

	@Test
	void refusesAFieldNoFormHas() {
		breach("""
				[{"type": "set", "target": "/data/escalatedBecauseLate", "value": true}]""");

		assertOnlyError("ref.field-missing", "/spec/clocks/1/onBreach/0/target");
	}

	@Test
	void refusesATeamThatIsNotInTheStructure() {
		breach("""
				[{"type": "assign", "to": "team", "value": "no-such-team"}]""");

		assertOnlyError("ref.org-unit-missing", "/spec/clocks/1/onBreach/0/value");
	}

	@Test
	void refusesWarningEffectsWithoutAWarningPeriod() {
		ObjectNode clock = clock(1);
		clock.remove("warnBefore");
		clock.set("onWarn", JsonResources.parse("""
				[{"type": "notify", "template": "case-overdue", "to": "assignee"}]"""));

		assertOnlyError("workflow.warn-without-warn-before", "/spec/clocks/1/onWarn");
	}

	@Test
	void refusesATimedTransitionFromAStateThatDoesNotOfferIt() {
		timed("""
				{"in": "new", "after": "30 calendar days", "take": "close"}""");

		assertOnlyError("workflow.timed-transition-not-from-state", "/spec/timedTransitions/0/take");
	}

	@Test
	void refusesATimedTransitionInAMissingState() {
		timed("""
				{"in": "decided", "after": {"amount": 30, "unit": "calendar-days"}, "take": "close"}""");

		assertOnlyError("ref.state-missing", "/spec/timedTransitions/0/in");
	}

	@Test
	void refusesAComparisonOfAFieldNoFormHas() {
		transition(4).set("guardCompare", JsonResources.parse("""
				[{"type": "different", "fields": ["/data/summary", "/data/reviewer"], "message": "Not the same"}]"""));

		assertOnlyError("ref.field-missing", "/spec/transitions/4/guardCompare/0/fields/1");
	}

	private void breach(String effects) {
		clock(1).set("onBreach", JsonResources.parse(effects));
	}

	private void timed(String timed) {
		((ObjectNode) this.documents.get("workflow").path("spec")).putArray("timedTransitions")
			.add(JsonResources.parse(timed));
	}

	private ObjectNode clock(int index) {
		return (ObjectNode) this.documents.get("workflow").at("/spec/clocks/" + index);
	}

	private ObjectNode transition(int index) {
		return (ObjectNode) this.documents.get("workflow").at("/spec/transitions/" + index);
	}

	private ValidationReport validate() {
		List<ConfigDocument> set = new ArrayList<>();
		this.documents.values().forEach(content -> set.add(ConfigDocument.of(content)));
		return VALIDATOR.validate(set);
	}

	private void assertOnlyError(String code, String pointer) {
		ValidationReport report = validate();
		assertThat(report.valid()).isFalse();
		assertThat(report.errors()).extracting(Problem::code, Problem::document, Problem::pointer)
			.containsExactly(tuple(code, WORKFLOW, pointer));
	}

}
