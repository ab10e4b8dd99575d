package org.candour.reports;

import java.util.List;
import java.util.Map;

import org.candour.support.CaseApi;
import org.candour.support.ConfigFixtures;
import org.candour.support.TestClock;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * For {@link ReportMeasuresIntegrationTests}: the minimal configuration with a
 * 10-working- day "respond" clock, an amount and an email on the form, a second feedback
 * type (compliment) on the same workflow, and four cases received around Easter 2025
 * (Good Friday 18 April and Easter Monday 21 April are bank holidays in England):
 * <table>
 * <caption>cases</caption>
 * <tr>
 * <th>type</th>
 * <th>received</th>
 * <th>amount</th>
 * <th>email</th>
 * <th>responded</th>
 * <th>working days</th>
 * <th>closed</th>
 * </tr>
 * <tr>
 * <td>compliment</td>
 * <td>Mon 31 Mar</td>
 * <td>50</td>
 * <td>c@</td>
 * <td>Wed 2 Apr</td>
 * <td>2</td>
 * <td>-</td>
 * </tr>
 * <tr>
 * <td>complaint</td>
 * <td>Mon 14 Apr</td>
 * <td>100</td>
 * <td>a@</td>
 * <td>Thu 24 Apr</td>
 * <td>6</td>
 * <td>-</td>
 * </tr>
 * <tr>
 * <td>complaint</td>
 * <td>Tue 15 Apr</td>
 * <td>300</td>
 * <td>b@</td>
 * <td>Wed 16 Apr</td>
 * <td>1</td>
 * <td>Thu 17 Apr</td>
 * </tr>
 * <tr>
 * <td>complaint</td>
 * <td>Wed 16 Apr</td>
 * <td>200</td>
 * <td>a@</td>
 * <td>-</td>
 * <td>-</td>
 * <td>-</td>
 * </tr>
 * </table>
 */
final class ReportMeasuresFixture {

	private static final String WORKFLOW = """
			{"kind": "workflow", "id": "complaint-flow", "title": "Complaint handling", "spec": {
			 "initialState": "new",
			 "states": [{"id": "new", "label": "New", "category": "new"},
			  {"id": "responded", "label": "Responded", "category": "open"},
			  {"id": "closed", "label": "Closed", "category": "closed"}],
			 "clocks": [{"id": "respond", "label": "Response due", "startsOn": {"event": "logged"},
			  "anchor": {"type": "received"}, "duration": {"amount": 10, "unit": "working-days"},
			  "stopsOn": ["respond"]}],
			 "transitions": [{"action": "respond", "label": "Respond", "from": ["new"], "to": "responded",
			   "roles": ["OFFICER"]},
			  {"action": "close", "label": "Close", "from": ["new", "responded"], "to": "closed", "roles": ["OFFICER"]}]}}""";

	private static final String COMPLIMENT = """
			{"kind": "feedback-type", "id": "compliment", "title": "Compliment", "spec": {"category": "compliment",
			 "form": "complaint-form", "workflow": "complaint-flow", "public": true, "summary": "Thank us",
			 "summaryField": "/summary", "defaultOrgUnit": "adult-care"}}""";

	private ReportMeasuresFixture() {
	}

	static List<ObjectNode> configuration(JsonMapper json, String... reports) {
		List<ObjectNode> documents = ConfigFixtures.documents("minimal");
		documents.removeIf(document -> "workflow".equals(document.path("kind").asString()));
		documents.add((ObjectNode) json.readTree(WORKFLOW));
		documents.add((ObjectNode) json.readTree(COMPLIMENT));
		documents.stream()
			.filter(document -> "form".equals(document.path("kind").asString()))
			.forEach(form -> ((ObjectNode) form.at("/spec/schema/properties")).setAll((ObjectNode) json
				.readTree("{\"amount\": {\"type\": \"number\"}, \"email\": {\"type\": \"string\"}}")));
		for (String report : reports) {
			documents.add((ObjectNode) json.readTree(report));
		}
		return documents;
	}

	static void logCases(CaseApi cases, TestClock clock) {
		String compliment = log(cases, clock, "2025-03-31", "compliment", 50, "c@example.org");
		act(cases, clock, "2025-04-02", compliment, "respond");
		String first = log(cases, clock, "2025-04-14", "complaint", 100, "a@example.org");
		String second = log(cases, clock, "2025-04-15", "complaint", 300, "b@example.org");
		log(cases, clock, "2025-04-16", "complaint", 200, "a@example.org");
		act(cases, clock, "2025-04-16", second, "respond");
		act(cases, clock, "2025-04-17", second, "close");
		act(cases, clock, "2025-04-24", first, "respond");
	}

	private static String log(CaseApi cases, TestClock clock, String day, String type, int amount, String email) {
		clock.set(day + "T09:00:00Z");
		return cases
			.logged(Map.of("feedbackType", type, "channel", "web", "data",
					Map.of("summary", "Case of " + day, "amount", amount, "email", email)))
			.path("reference")
			.asString();
	}

	private static void act(CaseApi cases, TestClock clock, String day, String reference, String action) {
		clock.set(day + "T14:00:00Z");
		cases.acted(reference, action, Map.of());
	}

}
