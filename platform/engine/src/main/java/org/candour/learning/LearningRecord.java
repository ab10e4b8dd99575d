package org.candour.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A learning record: what was learned from one or more cases and the actions that follow,
 * stored apart from the cases so it outlives their closure.
 *
 * @param id readable id, {@code LRN-000001}, per tenant
 * @param statement what was learned
 * @param theme a code of the tenant's {@code learning-themes} code list
 * @param cases the references of the cases it came from (at least one)
 * @param orgUnit the org unit of its first case (directorate, service or team), null when
 * that case has none
 * @param orgUnits that org unit and the units above it (directorate, service…) as the
 * case recorded them, for filtering by any of them
 * @param publishable whether it may be shared publicly ("you said, we did")
 * @param publicWording the wording to share, when publishable
 * @param createdBy who recorded it
 * @param createdAt when, by the application clock
 * @param updatedBy who changed it last
 * @param updatedAt when
 * @param version incremented by every change; a change names the version it saw
 * @param actions its action plan
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record LearningRecord(String id, String statement, String theme, List<String> cases, String orgUnit,
		List<String> orgUnits, boolean publishable, String publicWording, String createdBy, Instant createdAt,
		String updatedBy, Instant updatedAt, long version, List<LearningAction> actions) {

	LearningRecord {
		cases = List.copyOf(cases);
		orgUnits = orgUnits == null ? List.of() : List.copyOf(orgUnits);
		actions = actions == null ? List.of() : List.copyOf(actions);
	}

	/** Whether any action is not yet verified. */
	boolean open() {
		return this.actions.stream().anyMatch(action -> action.state() != ActionState.VERIFIED);
	}

	/** Whether any action is overdue on {@code today}. */
	boolean overdue(LocalDate today) {
		return this.actions.stream().anyMatch(action -> action.overdue(today));
	}

}
