package org.candour.qa;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The draw depends only on the seed and the set of cases: not on the order they are read
 * in; another seed draws another sample; a share is rounded up.
 */
class SampleDrawTests {

	private static final List<String> CASES = IntStream.rangeClosed(1, 40)
		.mapToObj(i -> String.format("CASE-%06d", i))
		.toList();

	@Test
	void drawsTheSameSampleWhateverOrderTheCasesAreReadIn() {
		List<String> shuffled = new ArrayList<>(CASES);
		Collections.shuffle(shuffled, new Random(7));

		assertThat(SampleDraw.draw("november", shuffled, 4)).isEqualTo(SampleDraw.draw("november", CASES, 4))
			.hasSize(4)
			.doesNotHaveDuplicates();
	}

	@Test
	void anotherSeedDrawsAnotherSample() {
		assertThat(SampleDraw.draw("december", CASES, 4)).isNotEqualTo(SampleDraw.draw("november", CASES, 4));
	}

	@Test
	void drawsEveryCaseWhenThereAreFewerThanAsked() {
		assertThat(SampleDraw.draw("s", CASES.subList(0, 3), 5))
			.containsExactlyInAnyOrderElementsOf(CASES.subList(0, 3));
		assertThat(SampleDraw.draw("s", List.of(), 5)).isEmpty();
	}

	@Test
	void roundsAShareUp() {
		assertThat(QaSampling.share(new BigDecimal("10"), 25)).isEqualTo(3);
		assertThat(QaSampling.share(new BigDecimal("10"), 20)).isEqualTo(2);
		assertThat(QaSampling.share(new BigDecimal("2.5"), 1)).isEqualTo(1);
		assertThat(QaSampling.share(new BigDecimal("100"), 0)).isZero();
	}

}
