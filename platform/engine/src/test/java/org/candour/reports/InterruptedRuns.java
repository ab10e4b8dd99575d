package org.candour.reports;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestComponent;

/**
 * Interrupts a report run after it counted a partition, as a crash part-way through a run
 * would.
 */
@TestComponent
public class InterruptedRuns implements ReportRunProbe {

	private final Set<String> interrupting = ConcurrentHashMap.newKeySet();

	/** The next run to count this partition fails once it has counted it. */
	public void interruptAfterCounting(String partition) {
		this.interrupting.add(partition);
	}

	@Override
	public void partitionCounted(String runId, String partition) {
		if (this.interrupting.remove(partition)) {
			throw new IllegalStateException("Injected crash after counting partition " + partition);
		}
	}

}
