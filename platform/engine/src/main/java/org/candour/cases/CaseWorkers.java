package org.candour.cases;

/**
 * Whether a member of staff may be given a case: one whose roles limit the cases they see
 * (an investigator's org units, a custom role's feedback types or org units) may only be
 * given a case they can see. Provided by the security module; without it, or for a person
 * who is not a member, anyone may be.
 */
@FunctionalInterface
public interface CaseWorkers {

	/** Anyone may be given any case. */
	CaseWorkers ANYONE = (user, feedbackType, orgUnit, team) -> true;

	/** Whether {@code user} sees a case of this feedback type, org unit and team. */
	boolean reach(String user, String feedbackType, String orgUnit, String team);

}
