package org.candour.definition.editing;

import java.util.List;
import java.util.stream.Stream;

import org.candour.definition.ConfigDocument;
import org.candour.definition.model.ClockDefinition;
import org.candour.definition.model.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timescale pages' operations on shipped workflows: every clock saved unchanged
 * leaves its document exactly as written; a changed clock writes only what differs and
 * compiles in its pack; a new clock compiles; clocks naming what the workflow lacks, and
 * deleting a clock something uses, are refused.
 */
class ClockEditorTests {

	static Stream<Arguments> workflows() throws java.io.IOException {
		return WorkflowEditorTests.workflows();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("workflows")
	void everyClockSavedUnchangedLeavesTheDocumentAsWritten(String pack, String id) {
		List<ConfigDocument> documents = resolve(pack);
		ObjectNode workflow = workflow(documents, id);
		ClockEditor editor = new ClockEditor(documents);
		workflow.path("spec").path("clocks").forEach(clock -> {
			String clockId = clock.path("id").asString();
			WorkflowChange change = editor.edit(workflow, clockId, editor.clock(workflow, clockId));
			assertThat(change.refused()).as(clockId + " refused: " + change.refusal()).isFalse();
			assertThat(change.document()).as(clockId).isEqualTo(workflow);
		});
	}

	@Test
	void theStageOneResponseClockMadeFifteenWorkingDaysWritesOnlyItsDuration() {
		List<ConfigDocument> documents = resolve("county-council");
		ObjectNode workflow = workflow(documents, "complaint-stage-1");
		ClockEditor editor = new ClockEditor(documents);
		ClockEditor.ClockFields respond = editor.clock(workflow, "respond");

		WorkflowChange changed = editor.edit(workflow, "respond", withAmount(respond, 15));

		assertThat(changed.refused()).isFalse();
		JsonNode before = workflow.path("spec").path("clocks").get(1);
		ObjectNode after = (ObjectNode) changed.document().path("spec").path("clocks").get(1);
		assertThat(after.path("duration").asString()).isEqualTo("15 working days");
		assertThat(after.deepCopy().put("duration", "10 working days")).isEqualTo(before);
		ClockDefinition compiled = compiledClock(documents, changed.document(), "complaint-stage-1", "respond");
		assertThat(compiled.duration()).isEqualTo(new Duration(15, Duration.Unit.WORKING_DAYS));
		assertThat(editor.compiled(changed.document()).clocks().get("respond").duration().amount()).isEqualTo(15);
	}

	@Test
	void aNewClockTakesItsIdFromItsLabelAndCompiles() {
		List<ConfigDocument> documents = resolve("county-council");
		ObjectNode workflow = workflow(documents, "complaint-stage-1");
		ClockEditor editor = new ClockEditor(documents);

		WorkflowChange added = editor.add(workflow,
				new ClockEditor.ClockFields("Internal review by", "clockStopped:respond", List.of("withdraw"), 1,
						"calendar-months", "start", null, List.of(), 5, "working-days", 1, false, List.of("MANAGER"),
						true, "Our review", true));

		assertThat(added.refused()).as(String.valueOf(added.refusal())).isFalse();
		assertThat(added.id()).isEqualTo("internal-review-by");
		ClockDefinition compiled = compiledClock(documents, added.document(), "complaint-stage-1",
				"internal-review-by");
		assertThat(compiled.startingClock()).isEqualTo("respond");
		assertThat(compiled.duration()).isEqualTo(new Duration(1, Duration.Unit.CALENDAR_MONTHS));
		assertThat(compiled.dueOnWorkingDay()).isTrue();
		assertThat(compiled.extension().reasonRequired()).isFalse();
		assertThat(compiled.extension().roles()).containsExactly("MANAGER");
		assertThat(compiled.warnBefore()).isEqualTo(new Duration(5, Duration.Unit.WORKING_DAYS));
		assertThat(compiled.shownToResidents()).isTrue();
		ClockEditor.ClockFields read = editor.clock(added.document(), "internal-review-by");
		assertThat(editor.edit(added.document(), "internal-review-by", read).document()).isEqualTo(added.document());
	}

	@Test
	void aClockNamingWhatTheWorkflowLacksIsRefused() {
		List<ConfigDocument> documents = resolve("county-council");
		ObjectNode workflow = workflow(documents, "complaint-stage-1");
		ClockEditor editor = new ClockEditor(documents);
		ClockEditor.ClockFields respond = editor.clock(workflow, "respond");

		assertThat(code(editor.edit(workflow, "respond", withPausedIn(respond, List.of("nowhere")))))
			.isEqualTo("clock.state-missing");
		assertThat(code(editor.edit(workflow, "respond", withStopsOn(respond, List.of("vanish")))))
			.isEqualTo("clock.action-missing");
		assertThat(code(editor.edit(workflow, "respond", withUnit(respond, "fortnights"))))
			.isEqualTo("clock.unit-unknown");
		assertThat(code(editor.edit(workflow, "respond", withAmount(respond, 0)))).isEqualTo("clock.amount");
		assertThat(code(editor.edit(workflow, "nothing", respond))).isEqualTo("clock.missing");
	}

	@Test
	void aClockAnActionActsOnStaysAndAnUnusedOneGoes() {
		List<ConfigDocument> documents = resolve("county-council");
		ObjectNode workflow = workflow(documents, "complaint-stage-1");
		ClockEditor editor = new ClockEditor(documents);

		WorkflowChange refused = editor.delete(workflow, "respond");
		assertThat(code(refused)).isEqualTo("clock.in-use");
		assertThat(refused.refusal().message())
			.isEqualTo("The action ‘Extend the deadline’ extends it: change that first");
		assertThat(refused.document()).isEqualTo(workflow);

		ObjectNode asc = workflow(documents, "asc-complaint");
		assertThat(editor.delete(asc, "backstop").refusal().message()).contains("’ extends it");

		WorkflowChange deleted = editor.delete(workflow, "acknowledge");
		assertThat(deleted.refused()).isFalse();
		assertThat(compiledClock(documents, deleted.document(), "complaint-stage-1", "respond")).isNotNull();
		assertThat(editor.compiled(deleted.document()).clocks()).doesNotContainKey("acknowledge");
	}

	private static String code(WorkflowChange change) {
		return change.refused() ? change.refusal().code() : null;
	}

	private static ClockEditor.ClockFields withAmount(ClockEditor.ClockFields f, int amount) {
		return new ClockEditor.ClockFields(f.label(), f.startsOn(), f.stopsOn(), amount, f.unit(), f.anchor(),
				f.anchorPointer(), f.pausedIn(), f.warnAmount(), f.warnUnit(), f.extensionMax(), f.reasonRequired(),
				f.extensionRoles(), f.shownToResidents(), f.publicLabel(), f.dueOnWorkingDay());
	}

	private static ClockEditor.ClockFields withUnit(ClockEditor.ClockFields f, String unit) {
		return new ClockEditor.ClockFields(f.label(), f.startsOn(), f.stopsOn(), f.amount(), unit, f.anchor(),
				f.anchorPointer(), f.pausedIn(), f.warnAmount(), f.warnUnit(), f.extensionMax(), f.reasonRequired(),
				f.extensionRoles(), f.shownToResidents(), f.publicLabel(), f.dueOnWorkingDay());
	}

	private static ClockEditor.ClockFields withPausedIn(ClockEditor.ClockFields f, List<String> pausedIn) {
		return new ClockEditor.ClockFields(f.label(), f.startsOn(), f.stopsOn(), f.amount(), f.unit(), f.anchor(),
				f.anchorPointer(), pausedIn, f.warnAmount(), f.warnUnit(), f.extensionMax(), f.reasonRequired(),
				f.extensionRoles(), f.shownToResidents(), f.publicLabel(), f.dueOnWorkingDay());
	}

	private static ClockEditor.ClockFields withStopsOn(ClockEditor.ClockFields f, List<String> stopsOn) {
		return new ClockEditor.ClockFields(f.label(), f.startsOn(), stopsOn, f.amount(), f.unit(), f.anchor(),
				f.anchorPointer(), f.pausedIn(), f.warnAmount(), f.warnUnit(), f.extensionMax(), f.reasonRequired(),
				f.extensionRoles(), f.shownToResidents(), f.publicLabel(), f.dueOnWorkingDay());
	}

	private static ClockDefinition compiledClock(List<ConfigDocument> documents, ObjectNode workflow, String id,
			String clock) {
		return WorkflowEditorTests.compiled(WorkflowEditorTests.replaced(documents, workflow))
			.workflows()
			.get(id)
			.clocks()
			.get(clock);
	}

	private static List<ConfigDocument> resolve(String pack) {
		return WorkflowEditorTests.resolve(pack);
	}

	private static ObjectNode workflow(List<ConfigDocument> documents, String id) {
		return WorkflowEditorTests.workflow(documents, id);
	}

}
