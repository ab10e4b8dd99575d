package org.candour.definition.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.candour.definition.ConfigDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

class WorkflowDefinitionTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WorkflowDefinition workflow = WorkflowDefinition.parse(stageOneComplaint());

	@Test
	void readsStatesInDocumentOrder() {
		assertThat(this.workflow.id()).isEqualTo("complaint-stage-1");
		assertThat(this.workflow.initialState()).isEqualTo("new");
		assertThat(this.workflow.states()).containsOnlyKeys("new", "acknowledged", "investigating", "awaiting-info",
				"responded", "closed");
		assertThat(this.workflow.states().keySet()).containsExactly("new", "acknowledged", "investigating",
				"awaiting-info", "responded", "closed");
	}

	@Test
	void readsEachStatesLabelsCategoryAndEditing() {
		State acknowledged = this.workflow.state("acknowledged");
		assertThat(acknowledged.label().asString()).isEqualTo("Acknowledged");
		assertThat(acknowledged.category()).isEqualTo("open");
		assertThat(acknowledged.editableData()).isTrue();
		State created = this.workflow.state("new");
		assertThat(created.publicLabel().path("cy").asString()).isEqualTo("Rydym wedi derbyn eich cwyn");
		assertThat(created.editableData()).isFalse();
	}

	@Test
	void onlyClosedCategoryStatesAreClosed() {
		assertThat(this.workflow.state("closed").closed()).isTrue();
		assertThat(this.workflow.state("awaiting-info").closed()).isFalse();
		assertThat(this.workflow.state("new").closed()).isFalse();
	}

	@Test
	void refusesAnUnknownState() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.workflow.state("lost"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.workflow.transition("close", "lost"));
	}

	@Test
	void findsATransitionListedForTheCurrentState() {
		assertThat(this.workflow.transition("acknowledge", "new")).get()
			.extracting(Transition::to)
			.isEqualTo("acknowledged");
		assertThat(this.workflow.transition("acknowledge", "investigating")).isEmpty();
		assertThat(this.workflow.transition("no-such-action", "new")).isEmpty();
	}

	@Test
	void wildcardMatchesEveryStateThatIsNotClosed() {
		assertThat(this.workflow.transition("withdraw", "awaiting-info")).isPresent();
		assertThat(this.workflow.transition("withdraw", "responded")).isPresent();
		assertThat(this.workflow.transition("withdraw", "closed")).isEmpty();
	}

	@Test
	void aClosedStateNamedInFromStillMatches() {
		assertThat(this.workflow.transition("escalate", "closed")).isPresent();
	}

	@Test
	void listsTransitionsAvailableFromAStateInDocumentOrder() {
		assertThat(actions(this.workflow.availableFrom("new"))).containsExactly("acknowledge", "withdraw",
				"mark-duplicate", "reclassify-service-request");
		assertThat(actions(this.workflow.availableFrom("awaiting-info"))).containsExactly("info-received",
				"extend-response", "withdraw");
		assertThat(actions(this.workflow.availableFrom("closed"))).containsExactly("escalate");
	}

	@Test
	void readsTransitionFlagsAndLeavesAbsentMembersNull() {
		Transition acknowledge = this.workflow.transition("acknowledge", "new").orElseThrow();
		assertThat(acknowledge.bulk()).isTrue();
		assertThat(acknowledge.publicAction()).isFalse();
		assertThat(acknowledge.roles()).containsExactly("OFFICER", "MANAGER");
		assertThat(acknowledge.label().path("cy").asString()).isEqualTo("Cydnabod");
		assertThat(acknowledge.guard()).isNull();
		assertThat(acknowledge.guardMessages()).isNull();
		assertThat(acknowledge.inputs()).isNull();
		assertThat(acknowledge.inputsUi()).isNull();
		assertThat(acknowledge.confirm()).isNull();

		Transition escalate = this.workflow.transition("escalate", "responded").orElseThrow();
		assertThat(escalate.publicAction()).isTrue();
		assertThat(escalate.bulk()).isFalse();
		assertThat(escalate.from()).containsExactly("responded", "closed");
		assertThat(escalate.confirm().path("en").asString()).startsWith("Are you sure");
		assertThat(escalate.inputs().path("required").get(0).asString()).isEqualTo("reason");
	}

	@Test
	void readsGuardsAndInputLayouts() {
		Transition close = this.workflow.transition("close", "responded").orElseThrow();
		assertThat(close.guard().path("required").get(0).asString()).isEqualTo("outcome");
		assertThat(close.guardMessages().path("/outcome/responseDate").asString())
			.isEqualTo("Record the date the response was sent");
		Transition investigate = this.workflow.transition("start-investigation", "acknowledged").orElseThrow();
		assertThat(investigate.inputsUi().path("type").asString()).isEqualTo("VerticalLayout");
		assertThat(investigate.inputsLayout().elements()).extracting(UiElement::scope, UiElement::widget)
			.containsExactly(tuple("#/properties/team", "select"), tuple("#/properties/officer", "select"));
		assertThat(investigate.inputsLayout().scope()).isNull();
		assertThat(this.workflow.transition("acknowledge", "new").orElseThrow().inputsLayout()).isNull();
	}

	@Test
	void keepsStatesAndClocksAsDeclaredWhenAnIdIsReused() {
		ObjectNode document = stageOneComplaint().content().deepCopy();
		((ObjectNode) document.at("/spec/states/2")).put("id", "new");
		((ObjectNode) document.at("/spec/clocks/1")).put("id", "acknowledge");
		WorkflowDefinition reused = WorkflowDefinition.parse(ConfigDocument.of(document));

		assertThat(reused.declaredStates()).extracting(State::id)
			.containsExactly("new", "acknowledged", "new", "awaiting-info", "responded", "closed");
		assertThat(reused.states()).hasSize(5);
		assertThat(reused.declaredClocks()).extracting(ClockDefinition::id)
			.containsExactly("acknowledge", "acknowledge");
		assertThat(reused.clocks()).hasSize(1);
	}

	@Test
	void readsWhatStartsAClock() {
		ClockDefinition acknowledge = this.workflow.clocks().get("acknowledge");
		assertThat(acknowledge.startingAction()).isNull();
		assertThat(acknowledge.startingClock()).isNull();
		assertThat(this.workflow.clocks().get("respond").startingAction()).isEqualTo("acknowledge");
	}

	@Test
	void readsResidentWordingsThatDependOnTheCase() {
		ObjectNode document = stageOneComplaint().content().deepCopy();
		((ObjectNode) document.at("/spec/states/5")).putArray("publicLabelWhen")
			.addObject()
			.put("publicLabel", "Thank you")
			.putObject("when")
			.put("type", "object");
		State closed = WorkflowDefinition.parse(ConfigDocument.of(document)).state("closed");

		assertThat(closed.conditionalLabels()).singleElement().satisfies(wording -> {
			assertThat(wording.when().path("type").asString()).isEqualTo("object");
			assertThat(wording.publicLabel().asString()).isEqualTo("Thank you");
		});
		assertThat(this.workflow.state("new").conditionalLabels()).isEmpty();
	}

	@Test
	void readsEveryKindOfEffectInOrder() {
		assertThat(effects("acknowledge", "new"))
			.containsExactly(new Effect.Notify("complaint-acknowledgement", "complainant"));
		assertThat(effects("start-investigation", "acknowledged")).containsExactly(
				new Effect.Assign("team", "/inputs/team", null), new Effect.Assign("officer", "/inputs/officer", null),
				new Effect.Notify("case-assigned", "assignee"));
		assertThat(effects("request-info", "investigating")).first()
			.isEqualTo(new Effect.Set("/meta/infoRequested", "/inputs/question", null));
		assertThat(effects("extend-response", "investigating")).first()
			.isEqualTo(new Effect.Clock("respond", "extend", "/inputs/extensionDays", "/inputs/reason"));
		assertThat(effects("close", "responded")).containsExactly(new Effect.Close("resolved", null));
		assertThat(effects("withdraw", "new")).first().isEqualTo(new Effect.Close(null, "/inputs/reason"));
		assertThat(effects("mark-duplicate", "new")).containsExactly(
				new Effect.Link("duplicate-of", "/inputs/duplicateOf"), new Effect.Close("duplicate", null));
		assertThat(effects("reclassify-service-request", "new"))
			.containsExactly(new Effect.Reclassify("service-request"), new Effect.Assign("officer", null, ""));
		assertThat(effects("escalate", "responded")).element(1)
			.isEqualTo(new Effect.Escalate("complaint-stage-2", "stage-of", List.of("/data/summary", "/data/details",
					"/data/incidentDate", "/data/directorate", "/outcome", "/inputs/reason")));
	}

	@Test
	void keepsAFixedNullValueApartFromACopiedOne() {
		Effect.Set clear = (Effect.Set) effects("info-received", "awaiting-info").get(0);
		assertThat(clear.source()).isNull();
		assertThat(clear.value()).isNotNull();
		assertThat(clear.value().isNull()).isTrue();
	}

	@Test
	void readsClocksWithTheirDurationsExtensionsAndPauses() {
		ClockDefinition acknowledge = this.workflow.clocks().get("acknowledge");
		assertThat(acknowledge.startsOn()).isEqualTo("logged");
		assertThat(acknowledge.anchor()).isEqualTo(new Anchor("received", null));
		assertThat(acknowledge.duration()).isEqualTo(new Duration(5, Duration.Unit.WORKING_DAYS));
		assertThat(acknowledge.warnBefore()).isEqualTo(new Duration(1, Duration.Unit.WORKING_DAYS));
		assertThat(acknowledge.extension()).isNull();
		assertThat(acknowledge.pausedIn()).isEmpty();
		assertThat(acknowledge.stopsOn()).containsExactly("acknowledge", "withdraw", "mark-duplicate");

		ClockDefinition respond = this.workflow.clocks().get("respond");
		assertThat(respond.startsOn()).isEqualTo("transition:acknowledge");
		assertThat(respond.anchor()).isEqualTo(new Anchor("start", null));
		assertThat(respond.extension()).isEqualTo(new Extension(10, true, java.util.Set.of("MANAGER")));
		assertThat(respond.pausedIn()).containsExactly("awaiting-info");
		assertThat(respond.label().asString()).isEqualTo("Response due");
	}

	@Test
	void findsTheClocksATriggerStarts() {
		assertThat(this.workflow.clocksStartingOn("logged")).extracting(ClockDefinition::id)
			.containsExactly("acknowledge");
		assertThat(this.workflow.clocksStartingOn("transition:acknowledge")).extracting(ClockDefinition::id)
			.containsExactly("respond");
		assertThat(this.workflow.clocksStartingOn("transition:respond")).isEmpty();
	}

	@Test
	void readsDefaultsAndTheOtherTriggersAndUnits() {
		WorkflowDefinition chained = WorkflowDefinition.parse(ConfigDocument.of(JSON.readTree(
				"""
						{ "kind": "workflow", "id": "chained", "title": "Chained", "spec": {
						  "initialState": "open",
						  "states": [ { "id": "open", "label": "Open", "category": "open" } ],
						  "transitions": [ { "action": "note", "label": "Note", "from": ["*"], "to": "open", "roles": ["OFFICER"] } ],
						  "clocks": [
						    { "id": "first", "label": "First", "startsOn": { "event": "logged" },
						      "duration": { "amount": 24, "unit": "hours" }, "stopsOn": ["note"] },
						    { "id": "second", "label": "Second", "startsOn": { "clockStopped": "first" },
						      "anchor": { "type": "field", "pointer": "/data/agreedDate" },
						      "duration": { "amount": 28, "unit": "calendar-days" },
						      "extension": { "maxAmount": 5 }, "stopsOn": [] },
						    { "id": "sar", "label": "SAR", "startsOn": { "event": "logged" },
						      "duration": { "amount": 1, "unit": "calendar-months" }, "dueOnWorkingDay": true,
						      "extension": { "maxAmount": 2 }, "stopsOn": ["note"] } ] } }
						""")));
		ClockDefinition first = chained.clocks().get("first");
		assertThat(first.anchor()).isEqualTo(new Anchor("start", null));
		assertThat(first.duration()).isEqualTo(new Duration(24, Duration.Unit.HOURS));
		assertThat(first.warnBefore()).isNull();
		ClockDefinition second = chained.clocks().get("second");
		assertThat(chained.clocksStartingOn("clockStopped:first")).containsExactly(second);
		assertThat(second.anchor()).isEqualTo(new Anchor("field", "/data/agreedDate"));
		assertThat(second.duration().unit()).isEqualTo(Duration.Unit.CALENDAR_DAYS);
		assertThat(second.extension()).isEqualTo(new Extension(5, true, java.util.Set.of()));
		assertThat(first.dueOnWorkingDay()).isFalse();
		ClockDefinition sar = chained.clocks().get("sar");
		assertThat(sar.duration()).isEqualTo(new Duration(1, Duration.Unit.CALENDAR_MONTHS));
		assertThat(sar.dueOnWorkingDay()).isTrue();
		Transition note = chained.transitions().get(0);
		assertThat(note.effects()).isEmpty();
		assertThat(note.bulk()).isFalse();
	}

	private List<Effect> effects(String action, String state) {
		return this.workflow.transition(action, state).orElseThrow().effects();
	}

	private static List<String> actions(List<Transition> transitions) {
		return transitions.stream().map(Transition::action).toList();
	}

	static ConfigDocument stageOneComplaint() {
		try (InputStream json = WorkflowDefinitionTests.class
			.getResourceAsStream("/workflows/stage-one-complaint.json")) {
			return ConfigDocument.of(JSON.readTree(json));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
