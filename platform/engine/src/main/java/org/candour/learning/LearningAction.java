package org.candour.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One action of a learning record's plan.
 *
 * @param id its id within the record ({@code A1}, {@code A2}…)
 * @param description what will be done
 * @param owner who owns it: a person or a team
 * @param startDate when it starts
 * @param dueDate when it is due (given, or computed from {@code dueInWorkingDays})
 * @param dueInWorkingDays when given: the due date is this many working days after the
 * start, in the tenant's working-day calendar; null when the due date was given
 * @param review how and when progress is reviewed
 * @param completionCheck how completion is checked
 * @param impactMeasure how its impact is measured
 * @param impactResult the measured result
 * @param standards how it complies with standards
 * @param complainantInvolvement how the complainant is involved (assist-a-review,
 * training, visit, share-their-story, monitor, none)
 * @param complainantAgreed whether the complainant agreed to it
 * @param state planned, in progress, done or verified
 * @param stateChanges every move into a state, with who and when, oldest first
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LearningAction(String id, String description, ActionOwner owner, LocalDate startDate, LocalDate dueDate,
		Integer dueInWorkingDays, String review, String completionCheck, String impactMeasure, String impactResult,
		String standards, String complainantInvolvement, Boolean complainantAgreed, ActionState state,
		List<StateChange> stateChanges) {

	public LearningAction {
		stateChanges = stateChanges == null ? List.of() : List.copyOf(stateChanges);
	}

	/** Not done or verified and due before {@code today}. */
	boolean overdue(LocalDate today) {
		return !this.state.finished() && this.dueDate != null && this.dueDate.isBefore(today);
	}

	LearningAction movedTo(ActionState next, String by, Instant at) {
		List<StateChange> changes = new ArrayList<>(this.stateChanges);
		changes.add(new StateChange(next, by, at));
		return new LearningAction(this.id, this.description, this.owner, this.startDate, this.dueDate,
				this.dueInWorkingDays, this.review, this.completionCheck, this.impactMeasure, this.impactResult,
				this.standards, this.complainantInvolvement, this.complainantAgreed, next, changes);
	}

}
