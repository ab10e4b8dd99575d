package org.candour.reports;

/**
 * Observes a report run after each partition is counted and stored. Production uses the
 * no-op; tests use it to interrupt a run part-way, as a crash would.
 */
interface ReportRunProbe {

	ReportRunProbe NONE = (runId, partition) -> {
	};

	void partitionCounted(String runId, String partition);

}
