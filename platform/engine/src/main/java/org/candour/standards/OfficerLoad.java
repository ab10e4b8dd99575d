package org.candour.standards;

/**
 * One officer's open cases, for a caseload standard.
 *
 * @param officer the officer
 * @param cases how many open cases (of the standard's scope) they hold
 * @param met whether their own caseload meets the target
 */
public record OfficerLoad(String officer, long cases, boolean met) {
}
