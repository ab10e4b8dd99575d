package org.candour.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Failed operations of one path, with the first few described. More than 1% failed stops
 * the run: the figures would not be worth reading.
 */
final class Failures {

	private static final int MAX_SAMPLES = 10;

	private final String path;

	private final List<String> samples = new ArrayList<>();

	private int attempts;

	private int failures;

	Failures(String path) {
		this.path = path;
	}

	synchronized void succeeded() {
		this.attempts++;
	}

	synchronized void failed(String description) {
		this.attempts++;
		this.failures++;
		if (this.samples.size() < MAX_SAMPLES) {
			this.samples.add(description);
		}
	}

	synchronized int attempts() {
		return this.attempts;
	}

	synchronized int count() {
		return this.failures;
	}

	synchronized String summary() {
		StringBuilder out = new StringBuilder(
				this.path + " failures: " + this.failures + " of " + this.attempts + " operations");
		this.samples.forEach(sample -> out.append(System.lineSeparator()).append("  ").append(sample));
		return out.toString();
	}

	synchronized void requireFew() {
		if (this.failures * 100L > this.attempts) {
			throw new IllegalStateException("Aborting: more than 1% failed. " + summary());
		}
	}

	static String describe(Throwable ex) {
		String text = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

}
