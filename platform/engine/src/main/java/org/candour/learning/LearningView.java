package org.candour.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A learning record as the API shows it: its stored fields (see {@link LearningRecord}),
 * its actions with whether each is overdue, and whether the record is open (an action not
 * yet verified) or overdue (an action overdue) today.
 */
public record LearningView(String id, String statement, String theme, List<String> cases, String orgUnit,
		List<String> orgUnits, boolean publishable, String publicWording, String createdBy, Instant createdAt,
		String updatedBy, Instant updatedAt, long version, boolean open, boolean overdue, List<ActionView> actions) {

	static LearningView of(LearningRecord record, LocalDate today) {
		return new LearningView(record.id(), record.statement(), record.theme(), record.cases(), record.orgUnit(),
				record.orgUnits(), record.publishable(), record.publicWording(), record.createdBy(), record.createdAt(),
				record.updatedBy(), record.updatedAt(), record.version(), record.open(), record.overdue(today),
				record.actions().stream().map(action -> ActionView.of(action, today)).toList());
	}

}
