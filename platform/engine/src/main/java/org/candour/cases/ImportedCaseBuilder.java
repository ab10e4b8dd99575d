package org.candour.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.candour.definition.model.Transition;
import org.candour.definition.model.WorkflowDefinition;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes an imported case: logged on its receipt date, then moved through its recorded
 * actions on their dates (clocks only: starting, stopping and pausing as the workflow
 * says, with no effect, guard or notification), then put in the state it is in. A case
 * closed elsewhere keeps no running clock.
 */
final class ImportedCaseBuilder {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(ZoneOffset.UTC);

	private final CaseHistory history;

	private final JsonMapper json;

	private final Clock clock;

	ImportedCaseBuilder(CaseHistory history, JsonMapper json, Clock clock) {
		this.history = history;
		this.json = json;
		this.clock = clock;
	}

	FeedbackCase build(CaseIntake.NewCase request, String id, CaseReference reference, ImportedCase imported,
			String by) {
		CaseConfiguration configuration = request.configuration();
		WorkflowDefinition workflow = configuration.workflow();
		Instant receivedAt = request.receivedAt();
		LocalDate receivedOn = configuration.calendar().receivedOn(receivedAt);
		Instant now = this.clock.instant();
		ObjectNode meta = this.json.createObjectNode();
		if (request.orgUnit() != null) {
			meta.set("orgPath", OrgUnitChecks.path(configuration.orgStructure(), request.orgUnit(),
					configuration.calendar().dateOf(receivedAt)));
		}
		meta.putObject("import")
			.put("key", imported.key())
			.put("run", imported.run())
			.put("source", imported.source())
			.put("by", by);
		String initial = workflow.initialState();
		CaseState blank = new CaseState(configuration.feedbackType().id(), workflow.id(), initial,
				workflow.state(initial).category(), request.orgUnit(), null, imported.officer(),
				request.data().at(configuration.summaryField()).asString(null), request.data(),
				imported.outcome().deepCopy(), meta, List.of(), List.of(), null, null);
		CaseDraft draft = new CaseDraft(blank);
		ClockKeeper clocks = new ClockKeeper(configuration, receivedAt);
		clocks.onLogged(draft, receivedOn, receivedAt, CaseView.of(blank, null, this.json));
		Instant last = receivedAt;
		for (ImportedCase.RecordedAction action : imported.actions()) {
			String previous = draft.state;
			move(draft, workflow, workflow.transition(action.action(), previous)
				.or(() -> workflow.transitions().stream().filter(t -> t.action().equals(action.action())).findFirst())
				.map(Transition::to)
				.orElse(previous));
			clocks.onTransition(draft, action.action(), previous, action.at(), receivedOn,
					CaseView.of(draft.toState(), null, this.json));
			last = action.at();
		}
		move(draft, workflow, imported.state());
		if ("closed".equals(draft.stateCategory)) {
			draft.closedAt = last;
			clocks.stopAll(draft, last);
		}
		FeedbackCase unsaved = new FeedbackCase(id, reference.value(), configuration.version().number(),
				request.channel(), receivedAt, receivedOn, request.backdatedReason(), request.idempotencyKey(), now,
				now, 0, draft.toState(), List.of(), List.of(), List.of(), People.hash(request.contact()), List.of());
		return this.history.started(unsaved, by, "import",
				"Imported from " + imported.source() + " on " + DAY.format(now) + " by " + by);
	}

	private static void move(CaseDraft draft, WorkflowDefinition workflow, String state) {
		draft.state = state;
		draft.stateCategory = workflow.state(state).category();
	}

}
