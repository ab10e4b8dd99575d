package org.candour.qa;

import java.time.Instant;
import java.util.List;

/**
 * One reviewer's score of a sample: an answer to each standard, and whether the case
 * meets the outcome requirements (every outcome standard answered yes) and the method
 * requirements (every method standard answered yes).
 *
 * @param by who scored
 * @param at when
 * @param answers one per standard, in the sample's order
 * @param outcomeMet every outcome standard answered yes
 * @param methodMet every method standard answered yes
 */
public record Scorecard(String by, Instant at, List<Answer> answers, boolean outcomeMet, boolean methodMet) {

	public Scorecard {
		answers = List.copyOf(answers);
	}

	/**
	 * @param standard the standard's id
	 * @param answer {@code yes}, {@code no} or {@code partly}
	 * @param comment the reviewer's comment; {@code null} when none
	 */
	public record Answer(String standard, String answer, String comment) {
	}

	/** Whether this score and the other reach the same verdicts on outcome and method. */
	public boolean agreesWith(Scorecard other) {
		return this.outcomeMet == other.outcomeMet && this.methodMet == other.methodMet;
	}

}
