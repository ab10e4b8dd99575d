package org.candour.definition.editing;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.definition.editing.Documents.at;
import static org.candour.definition.editing.Documents.edited;
import static org.candour.definition.editing.Documents.json;
import static org.candour.definition.editing.Documents.sentences;

class WorkflowChangeWordingTests {

	private static final ObjectNode WORKFLOW = json(
			"""
					{"kind": "workflow", "id": "complaint", "title": "Complaint", "spec": {
					  "initialState": "new",
					  "states": [{"id": "new", "label": "New", "category": "new"},
					             {"id": "open", "label": "Being looked at", "category": "open"},
					             {"id": "closed", "label": "Closed", "category": "closed"}],
					  "transitions": [
					    {"action": "respond", "label": "Send the response", "from": ["open"], "to": "closed", "roles": ["OFFICER"]},
					    {"uses": "acknowledge", "from": ["new"], "to": "open"}],
					  "clocks": [
					    {"id": "respond", "label": "Stage 1 response due", "duration": "10 working days", "warnBefore": "1 working day"},
					    {"id": "ack", "label": "Acknowledgement due", "duration": {"amount": 5, "unit": "working-days"}}]}}
					""");

	@Test
	void tellsAClockDurationWrittenInWords() {
		ObjectNode after = edited(WORKFLOW,
				workflow -> at(workflow, "/spec/clocks/0").put("duration", "15 working days")
					.put("warnBefore", "2 working days"));

		assertThat(sentences(WORKFLOW, after)).containsExactly("Clock 'Stage 1 response due' 10 → 15 working days",
				"Warning before clock 'Stage 1 response due' is due 1 → 2 working days");
	}

	@Test
	void tellsAClockDurationWrittenAsAnObjectInAnotherUnit() {
		ObjectNode after = edited(WORKFLOW, workflow -> at(workflow, "/spec/clocks/1").set("duration",
				json("{\"amount\": 48, \"unit\": \"hours\"}")));

		assertThat(sentences(WORKFLOW, after)).containsExactly("Clock 'Acknowledgement due' 5 working days → 48 hours");
	}

	@Test
	void tellsAClockNowInCalendarMonthsAndDueOnAWorkingDay() {
		ObjectNode after = edited(WORKFLOW,
				workflow -> at(workflow, "/spec/clocks/0").put("duration", "1 calendar month")
					.put("dueOnWorkingDay", true));

		assertThat(sentences(WORKFLOW, after)).containsExactly(
				"Clock 'Stage 1 response due' 10 working days → 1 calendar month",
				"Clock 'Stage 1 response due' now moves a due date on a non-working day to the next working day");
	}

	@Test
	void tellsMonthsInWordsAndAsAnObjectAlike() {
		ObjectNode before = edited(WORKFLOW,
				workflow -> at(workflow, "/spec/clocks/0").put("duration", "1 calendar month"));
		ObjectNode after = edited(WORKFLOW, workflow -> at(workflow, "/spec/clocks/0").set("duration",
				json("{\"amount\": 2, \"unit\": \"calendar-months\"}")));

		assertThat(sentences(before, after)).containsExactly("Clock 'Stage 1 response due' 1 → 2 calendar months");
	}

	@Test
	void tellsADurationRewrittenInWordsAsNoChange() {
		ObjectNode after = edited(WORKFLOW,
				workflow -> at(workflow, "/spec/clocks/1").put("duration", "5 working days"));

		assertThat(sentences(WORKFLOW, after)).containsExactly("Workflow 'Complaint' changed");
	}

	@Test
	void tellsStatesAddedRemovedAndRenamed() {
		ObjectNode after = edited(WORKFLOW, workflow -> {
			ArrayNode states = (ArrayNode) workflow.at("/spec/states");
			states.remove(2);
			states.add(json("{\"id\": \"done\", \"label\": \"Done\", \"category\": \"closed\"}"));
			at(workflow, "/spec/states/1").put("label", "Investigating");
			at(workflow, "/spec/transitions/0").put("to", "done");
		});

		assertThat(sentences(WORKFLOW, after)).containsExactly("State 'Done' added", "State 'Closed' removed",
				"State 'Being looked at' renamed 'Investigating'",
				"Action 'Send the response' now moves cases to 'Done' (was 'Closed')");
	}

	@Test
	void tellsWhoCanTakeAnAction() {
		ObjectNode after = edited(WORKFLOW,
				workflow -> at(workflow, "/spec/transitions/0").set("roles", json("{\"r\": [\"MANAGER\"]}").get("r")));

		assertThat(sentences(WORKFLOW, after)).containsExactly("'MANAGER' can now take action 'Send the response'",
				"'OFFICER' can no longer take action 'Send the response'");
	}

	@Test
	void tellsActionsAddedAndRemovedAndTheFirstState() {
		ObjectNode after = edited(WORKFLOW, workflow -> {
			((ArrayNode) workflow.at("/spec/transitions")).remove(1);
			((ArrayNode) workflow.at("/spec/transitions")).add(json(
					"{\"action\": \"withdraw\", \"label\": \"Withdraw\", \"from\": [\"open\"], \"to\": \"closed\"}"));
			at(workflow, "/spec").put("initialState", "open");
		});

		assertThat(sentences(WORKFLOW, after)).containsExactly("Cases now start in state 'Being looked at' (was 'New')",
				"Action 'Withdraw' added", "Action 'acknowledge' removed");
	}

	@Test
	void tellsWhatStartsStopsPausesAndExtendsAClockAndWhetherResidentsSeeIt() {
		ObjectNode before = edited(WORKFLOW, workflow -> at(workflow, "/spec/clocks/0").setAll(json("""
				{"startsOn": {"event": "logged"}, "stopsOn": ["respond"], "public": true, "publicLabel": "Our response",
				 "extension": {"maxAmount": 10, "roles": ["OFFICER"]}}""")));
		ObjectNode after = edited(before, workflow -> at(workflow, "/spec/clocks/0").setAll(json("""
				{"startsOn": {"transition": "acknowledge"}, "stopsOn": ["acknowledge"], "pausedIn": ["open"],
				 "anchor": {"type": "received"}, "public": false,
				 "extension": {"maxAmount": 20, "reasonRequired": false, "roles": ["MANAGER"]}}""")));

		assertThat(sentences(before, after)).containsExactly(
				"Clock 'Stage 1 response due' now starts when action 'acknowledge' is taken (was when the case is logged)",
				"Action 'acknowledge' now stops clock 'Stage 1 response due'",
				"Action 'Send the response' no longer stops clock 'Stage 1 response due'",
				"Clock 'Stage 1 response due' now counts from the day the case was received (was when it starts)",
				"Clock 'Stage 1 response due' now pauses in state 'Being looked at'",
				"Extension of clock 'Stage 1 response due' up to 10 → 20 working days",
				"Extending clock 'Stage 1 response due' no longer needs a reason",
				"'MANAGER' can now extend clock 'Stage 1 response due'",
				"'OFFICER' can no longer extend clock 'Stage 1 response due'",
				"Clock 'Stage 1 response due' no longer shown to residents (internal)");
	}

	@Test
	void tellsAClockMadeExtendableAndShownToResidents() {
		ObjectNode after = edited(WORKFLOW, workflow -> at(workflow, "/spec/clocks/1").setAll(
				json("{\"public\": true, \"publicLabel\": \"Acknowledgement\", \"extension\": {\"maxAmount\": 3}}")));

		assertThat(sentences(WORKFLOW, after)).contains(
				"Clock 'Acknowledgement due' may now be extended, by up to 3 working days",
				"Clock 'Acknowledgement due' now shown to residents");
	}

	@Test
	void tellsAnActionsRulesQuestionsAndEffectsAddedAndRemoved() {
		ObjectNode before = edited(WORKFLOW, workflow -> at(workflow, "/spec/transitions/0").set("effects",
				json("{\"e\": [{\"type\": \"close\", \"reason\": \"resolved\"}]}").get("e")));
		ObjectNode after = edited(before, workflow -> {
			ObjectNode respond = at(workflow, "/spec/transitions/0");
			respond.set("guard", json("{\"rules\": [\"outcome-recorded\"]}"));
			respond.set("inputs", json("""
					{"type": "object", "required": ["reason"],
					 "properties": {"reason": {"type": "string", "title": "Reason"}}}"""));
			respond.set("effects",
					json("{\"e\": [{\"type\": \"reopen\", \"reasonFrom\": \"/inputs/reason\"}]}").get("e"));
		});

		assertThat(sentences(before, after)).containsExactly(
				"Action 'Send the response' now needs: the rule 'outcome-recorded' holds",
				"Action 'Send the response' now asks 'Reason' (must be answered)",
				"Action 'Send the response' now: clears the closure (reopens the case), the reason from the answer 'reason'",
				"Action 'Send the response' no longer: closes the case with the reason 'resolved'");
	}

}
