package org.candour.queues;

/**
 * The order of a queue: by the nearest due date (cases without a running clock last), the
 * receipt, or the reference; ties broken by reference.
 *
 * @param by what to sort on
 * @param descending latest (or last) first
 */
public record CaseSort(By by, boolean descending) {

	/** Soonest due first: the default order of a queue. */
	public static final CaseSort DUE_FIRST = new CaseSort(By.DUE, false);

	public enum By {

		DUE, RECEIVED, REFERENCE

	}

}
