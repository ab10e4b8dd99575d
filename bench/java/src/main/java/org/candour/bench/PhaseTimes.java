package org.candour.bench;

import java.util.Map;
import java.util.TreeMap;

/** Where a phase's time went: nanoseconds and runs by pack and report. */
final class PhaseTimes {

	private final Map<String, long[]> byReport = new TreeMap<>();

	private long total;

	void add(String pack, String report, long nanos) {
		long[] figures = this.byReport.computeIfAbsent(pack + " " + report, unused -> new long[2]);
		figures[0] += nanos;
		figures[1]++;
		this.total += nanos;
	}

	double seconds() {
		return this.total / 1e9;
	}

	/** Milliseconds a run of the report took on average (0 when it never ran). */
	double millisPerRun(String pack, String report) {
		long[] figures = this.byReport.get(pack + " " + report);
		return (figures == null || figures[1] == 0) ? 0 : figures[0] / 1e6 / figures[1];
	}

	long runs(String pack, String report) {
		long[] figures = this.byReport.get(pack + " " + report);
		return (figures == null) ? 0 : figures[1];
	}

	double seconds(String pack) {
		return this.byReport.entrySet()
			.stream()
			.filter(entry -> entry.getKey().startsWith(pack + " "))
			.mapToLong(entry -> entry.getValue()[0])
			.sum() / 1e9;
	}

}
