package org.candour.surveys;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallNumbersTests {

	@Test
	void suppressesCountsFromOneToFourButNotZeroOrFive() {
		assertThat(SmallNumbers.suppressed(counts("a", 4, "b", 1, "c", 0, "d", 5, "e", 12))).containsExactly("a", "b");
	}

	@Test
	void aLoneSuppressedCountTakesTheSmallestOtherNonZeroCountWithIt() {
		assertThat(SmallNumbers.suppressed(counts("a", 3, "b", 0, "c", 9, "d", 6, "e", 6))).containsExactly("a", "d");
	}

	@Test
	void nothingIsSuppressedWhenEveryCountIsFiveOrMoreOrZero() {
		assertThat(SmallNumbers.publish(counts("a", 5, "b", 0, "c", 20))).containsEntry("a", 5L)
			.containsEntry("b", 0L)
			.containsEntry("c", 20L);
	}

	@Test
	void aTotalBelowFiveIsSuppressed() {
		assertThat(SmallNumbers.totalSuppressed(4)).isTrue();
		assertThat(SmallNumbers.totalSuppressed(0)).isFalse();
		assertThat(SmallNumbers.totalSuppressed(5)).isFalse();
	}

	private static Map<String, Long> counts(Object... cellsAndCounts) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (int i = 0; i < cellsAndCounts.length; i += 2) {
			counts.put((String) cellsAndCounts[i], ((Integer) cellsAndCounts[i + 1]).longValue());
		}
		return counts;
	}

}
