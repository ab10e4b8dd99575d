package org.candour.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Latencies of the operations of one phase, in nanoseconds. Thread-safe: each recording
 * takes the next slot of a preallocated array.
 */
final class LatencyRecorder {

	private final long[] nanos;

	private final AtomicInteger count = new AtomicInteger();

	LatencyRecorder(int capacity) {
		this.nanos = new long[capacity];
	}

	void record(long startNanos) {
		recordDuration(System.nanoTime() - startNanos);
	}

	void recordDuration(long nanos) {
		this.nanos[this.count.getAndIncrement()] = nanos;
	}

	/** The figures of the phase, given how long it took from first to last operation. */
	PhaseResult result(String name, long elapsedNanos) {
		long[] sorted = Arrays.copyOf(this.nanos, Math.min(this.count.get(), this.nanos.length));
		Arrays.sort(sorted);
		return new PhaseResult(name, sorted, elapsedNanos);
	}

	/** A finished phase: operation count, wall time and the sorted latencies. */
	record PhaseResult(String name, long[] sortedNanos, long elapsedNanos) {

		int operations() {
			return this.sortedNanos.length;
		}

		double perSecond() {
			return this.elapsedNanos == 0 ? 0 : operations() * 1e9 / this.elapsedNanos;
		}

		double percentileMillis(double percentile) {
			if (this.sortedNanos.length == 0) {
				return 0;
			}
			int index = (int) Math.ceil(percentile / 100.0 * this.sortedNanos.length) - 1;
			return this.sortedNanos[Math.max(0, Math.min(index, this.sortedNanos.length - 1))] / 1e6;
		}

		double maxMillis() {
			return this.sortedNanos.length == 0 ? 0 : this.sortedNanos[this.sortedNanos.length - 1] / 1e6;
		}

		String line() {
			return String.format("%-28s %8d ops in %8.2f s = %9.1f /s   p50 %7.2f ms   p99 %7.2f ms   max %8.2f ms",
					this.name, operations(), this.elapsedNanos / 1e9, perSecond(), percentileMillis(50),
					percentileMillis(99), maxMillis());
		}

	}

}
