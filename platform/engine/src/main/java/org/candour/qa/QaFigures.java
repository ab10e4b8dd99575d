package org.candour.qa;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Predicate;

import org.candour.definition.model.QaPolicy;

/**
 * A month's figures against the policy's targets, from its samples.
 *
 * @param period the month, {@code YYYY-MM}
 * @param samples how many samples the month has
 * @param figures outcome met, method met, agreement and sampling done, in that order
 */
public record QaFigures(String period, int samples, List<Figure> figures) {

	/**
	 * One figure.
	 *
	 * @param id {@code outcomeMet}, {@code methodMet}, {@code agreement} or
	 * {@code samplingDone}
	 * @param target the target, in per cent
	 * @param numerator the samples counted
	 * @param denominator the samples it is a share of
	 * @param figure numerator as a percentage of denominator, to one decimal place;
	 * {@code null} when the denominator is 0
	 * @param met whether the figure reaches the target; {@code null} without a figure
	 */
	public record Figure(String id, BigDecimal target, int numerator, int denominator, BigDecimal figure, Boolean met) {

		static Figure of(String id, BigDecimal target, List<QaSample> samples, Predicate<QaSample> counted,
				Predicate<QaSample> of) {
			int denominator = (int) samples.stream().filter(of).count();
			int numerator = (int) samples.stream().filter(of).filter(counted).count();
			BigDecimal figure = (denominator == 0) ? null : BigDecimal.valueOf(numerator * 100L)
				.divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
			return new Figure(id, target, numerator, denominator, figure,
					(figure == null) ? null : figure.compareTo(target) >= 0);
		}

	}

	/**
	 * Outcome and method met count the scored samples by their verdict (the central score
	 * when given, else the manager's); agreement counts the samples scored by both;
	 * sampling done counts every sample with all the scores it needs.
	 */
	static QaFigures of(String period, List<QaSample> samples, QaPolicy.Targets targets) {
		Predicate<QaSample> scored = sample -> sample.verdict() != null;
		Predicate<QaSample> both = sample -> sample.scores().manager() != null && sample.scores().central() != null;
		return new QaFigures(period, samples.size(), List.of(
				Figure.of("outcomeMet", targets.outcomeMet(), samples, sample -> sample.verdict().outcomeMet(), scored),
				Figure.of("methodMet", targets.methodMet(), samples, sample -> sample.verdict().methodMet(), scored),
				Figure.of("agreement", targets.agreement(), samples,
						sample -> sample.scores().manager().agreesWith(sample.scores().central()), both),
				Figure.of("samplingDone", targets.samplingDone(), samples, sample -> "done".equals(sample.status()),
						sample -> true)));
	}

}
