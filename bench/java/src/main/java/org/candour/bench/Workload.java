package org.candour.bench;

import java.util.List;

/**
 * The work every path does: log a stage 1 complaint, then acknowledge, extend and respond
 * (the {@code chc-two-stage} configuration).
 */
final class Workload {

	static final String TENANT = "bench";

	static final String TENANT_JSON = """
			{"id":"bench","name":"Bench Council","kind":"council","division":"england-and-wales"}""";

	static final String CONFIGURATION = "/bench/chc-two-stage.json";

	/** The three transitions taken on every case, in order, with their inputs. */
	static final List<Step> STEPS = List.of(new Step("acknowledge", "{}"), new Step("extend", """
			{"extensionDays":5,"reason":"Waiting for inspection"}"""), new Step("respond", """
			{"decision":"not-upheld","responseDate":"2026-11-20","classification":"service-failure"}"""));

	private Workload() {
	}

	static String caseJson(int number) {
		return """
				{"feedbackType":"complaint-stage-1","channel":"web","data":{"name":"Alex Smith",\
				"email":"alex@example.org","service":"highways","summary":"Pothole %d",\
				"details":"The pothole outside number %d is still there."}}""".formatted(number, number);
	}

	/** A transition and its inputs (a JSON object). */
	record Step(String action, String inputs) {

		String requestBody() {
			return "{\"inputs\":" + this.inputs + "}";
		}

	}

}
