package org.candour.web.officer.queues;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.candour.queues.CaseCriteria;

/**
 * The queues of the officer workspace, each a condition on the open cases the caller may
 * see.
 */
enum Queue {

	/** New cases not yet picked up (state category {@code new}). */
	TRIAGE("triage"),
	/** Allocated to neither a team nor an officer. */
	UNALLOCATED("unallocated"),
	/** Allocated to the caller. */
	MINE("mine"),
	/** Allocated to one of the caller's org units (or a unit inside one). */
	TEAM("team"),
	/** A running clock is due within the next working days, not yet breached. */
	DUE_SOON("due-soon"),
	/** A clock has passed its due date. */
	BREACHED("breached"),
	/**
	 * Handed on to a team other than those feedback types log cases to: with the service
	 * that investigates.
	 */
	WITH_SERVICE("with-service"),
	/** Every open case. */
	ALL_OPEN("all-open");

	static final Queue DEFAULT = ALL_OPEN;

	private final String slug;

	Queue(String slug) {
		this.slug = slug;
	}

	String slug() {
		return this.slug;
	}

	static Optional<Queue> of(String slug) {
		return Arrays.stream(values()).filter(queue -> queue.slug.equals(slug)).findFirst();
	}

	CaseCriteria criteria(Caller caller) {
		CaseCriteria any = CaseCriteria.any();
		return switch (this) {
			case TRIAGE -> any.stateCategory("new");
			case UNALLOCATED -> any.unassigned(true);
			case MINE -> any.officers(List.of(caller.user()));
			case TEAM -> any.teams(caller.orgUnits());
			case DUE_SOON -> any.breached(false).dueBy(caller.dueSoonBy());
			case BREACHED -> any.breached(true);
			case WITH_SERVICE -> any.allocatedToATeamOtherThan(caller.intakeTeams());
			case ALL_OPEN -> any;
		};
	}

	/**
	 * What the queues of one caller depend on.
	 *
	 * @param user the signed-in user
	 * @param orgUnits the caller's org units and every unit inside them
	 * @param dueSoonBy the last day counted as due soon
	 * @param intakeTeams the teams cases are logged to
	 */
	record Caller(String user, Set<String> orgUnits, LocalDate dueSoonBy, Set<String> intakeTeams) {
	}

}
