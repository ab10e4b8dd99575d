package org.candour.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * Closed upheld complaints of the unitary council for the learning pages' tests: a
 * contact triaged as a complaint, allocated, acknowledged, sent to the service and
 * answered upheld (with the learning written on the case, as the guard allows) today by
 * the application clock.
 */
final class LearningFixture {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final CaseworkFixture cases;

	private final Clock clock;

	LearningFixture(CaseworkFixture cases, Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(LONDON));
	}

	String closedUpheldComplaint(String summary) {
		String reference = this.cases.allocatedComplaint(summary);
		this.cases.act(reference, "acknowledge", Map.of());
		this.cases.act(reference, "send-to-service", Map.of());
		this.cases.act(reference, "record-response", Map.of("decision", "upheld", "responseDate", today().toString(),
				"classification", "service-failure", "learning", "Rounds are now checked against the street list."));
		return reference;
	}

}
