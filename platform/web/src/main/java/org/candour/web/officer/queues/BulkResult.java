package org.candour.web.officer.queues;

import java.io.Serializable;
import java.util.List;

/**
 * What a bulk action did, case by case, as the result page shows it.
 *
 * @param tenant the tenant the cases belong to
 * @param action the action's name
 * @param rows one row per case, in the order they were taken
 * @param back the queue page the action was started from
 */
record BulkResult(String tenant, String action, List<Row> rows, String back) implements Serializable {

	public long succeeded() {
		return this.rows.stream().filter(Row::succeeded).count();
	}

	public long failed() {
		return this.rows.size() - succeeded();
	}

	public List<Row> failures() {
		return this.rows.stream().filter(row -> !row.succeeded()).toList();
	}

	public List<Row> successes() {
		return this.rows.stream().filter(Row::succeeded).toList();
	}

	/**
	 * @param reference the case
	 * @param href its case screen
	 * @param succeeded whether the action was taken
	 * @param words what happened, e.g. the state it is now in, or why it was refused
	 */
	record Row(String reference, String href, boolean succeeded, String words) implements Serializable {
	}

}
