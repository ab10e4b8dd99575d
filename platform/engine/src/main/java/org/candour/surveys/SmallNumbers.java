package org.candour.surveys;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Small-number suppression of one table of counts (the answers to one question) that is
 * published with its total. A count from 1 to 4 is suppressed (primary); a zero says
 * nothing about anyone and is shown. When exactly one count of a table is suppressed it
 * could be worked out from the total and the others, so the smallest other count that is
 * not zero is suppressed too (secondary; the first of equals). A total below 5 is
 * suppressed itself (every non-zero count under it already is).
 */
public final class SmallNumbers {

	public static final int THRESHOLD = 5;

	private SmallNumbers() {
	}

	/** The cells of the table to show as suppressed. */
	public static Set<String> suppressed(Map<String, Long> counts) {
		Set<String> suppressed = new LinkedHashSet<>();
		counts.forEach((cell, count) -> {
			if (count > 0 && count < THRESHOLD) {
				suppressed.add(cell);
			}
		});
		if (suppressed.size() == 1) {
			counts.entrySet()
				.stream()
				.filter(entry -> entry.getValue() > 0 && !suppressed.contains(entry.getKey()))
				.min(Map.Entry.comparingByValue())
				.ifPresent(entry -> suppressed.add(entry.getKey()));
		}
		return suppressed;
	}

	public static boolean totalSuppressed(long total) {
		return total > 0 && total < THRESHOLD;
	}

	/**
	 * The table as published: each cell's count, or null where suppressed, in the order
	 * given.
	 */
	static Map<String, Long> publish(Map<String, Long> counts) {
		Set<String> hidden = suppressed(counts);
		Map<String, Long> shown = new LinkedHashMap<>();
		counts.forEach((cell, count) -> shown.put(cell, hidden.contains(cell) ? null : count));
		return shown;
	}

}
