package org.candour.learning;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** An action as the API shows it: its stored fields and whether it is overdue today. */
public record ActionView(@JsonUnwrapped LearningAction action, boolean overdue) {

	static ActionView of(LearningAction action, LocalDate today) {
		return new ActionView(action, action.overdue(today));
	}

}
