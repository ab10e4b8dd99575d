package org.candour.standards;

import java.time.LocalDate;
import java.util.List;

/**
 * One standard as it stands today: its target, its figure with the numerator and
 * denominator behind it, whether it is met, how many breaches there are, and the same for
 * each team where the standard is counted by team.
 *
 * @param id the standard's id
 * @param title the standard as managers read it (English)
 * @param description how the figure is counted; {@code null} when not given
 * @param measure {@code within}, {@code clock}, {@code age} or {@code caseload}
 * @param unit what the figure and target are: {@code percent}, {@code cases} or
 * {@code cases-per-officer}
 * @param target the target
 * @param atLeast whether the figure must be at least the target (else at most)
 * @param periodFrom for a percentage, the first day whose cases count; else {@code null}
 * @param periodTo for a percentage, the last day (today); else {@code null}
 * @param tally the tenant's figure
 * @param byTeam whether the standard is counted by team
 * @param teams each team's figure (cases with no team under a {@code null} team), by team
 * name; empty when not counted by team
 */
public record StandardFigure(String id, String title, String description, String measure, String unit, double target,
		boolean atLeast, LocalDate periodFrom, LocalDate periodTo, Tally tally, boolean byTeam, List<TeamTally> teams) {

	public StandardFigure {
		teams = List.copyOf(teams);
	}

	/**
	 * A figure and what it is made of.
	 *
	 * @param figure the percentage, the number of cases or the cases per officer;
	 * {@code null} when there is nothing to count (no case counted for a percentage, no
	 * officer holding a case)
	 * @param numerator cases within the limit (percentages), open cases past it (age),
	 * open cases held by officers (caseload)
	 * @param denominator cases counted (percentages), open cases counted (age), officers
	 * holding at least one open case (caseload)
	 * @param met whether the figure meets the target; {@code null} without a figure
	 * @param breaches cases that missed or are past the limit (open ones included), or
	 * officers whose own caseload misses the target
	 */
	public record Tally(Double figure, long numerator, long denominator, Boolean met, long breaches) {
	}

	/**
	 * One team's figure.
	 *
	 * @param team the team's org unit id; {@code null} for cases with no team
	 * @param name the team's name ("No team" for none)
	 * @param tally its figure
	 */
	public record TeamTally(String team, String name, Tally tally) {
	}

}
