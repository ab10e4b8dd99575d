package org.candour.reports.output;

import java.util.List;

import org.candour.reports.ReportResult;
import org.candour.reports.ReportTable.Figure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTests {

	private final Figures exact = Figures.of(Results.byTeam("Housing"), false);

	private final Figures published = Figures.of(Results.byTeam("Housing"), true);

	@Test
	void showsCountsWholeAndGroupedInThousands() {
		assertThat(this.exact.display(measure("count", null), Figure.of(1234567))).isEqualTo("1,234,567");
		assertThat(this.exact.values(measure("count", null), Figure.of(1234567)))
			.containsExactly(new Value("1234567", 1234567.0, "#,##0"));
	}

	@Test
	void showsPercentagesToOneDecimalPlaceRoundedHalfUpFromTheirCounts() {
		assertThat(this.exact.display(measure("percentage", null), Figure.percentage(1, 16))).isEqualTo("6.3% (1/16)");
		assertThat(this.exact.display(measure("percentage", null), Figure.percentage(1, 2))).isEqualTo("50.0% (1/2)");
		assertThat(this.exact.display(measure("percentage", null), Figure.percentage(1699, 2000)))
			.isEqualTo("85.0% (1,699/2,000)");
		assertThat(this.exact.display(measure("percentage", null), Figure.percentage(0, 3))).isEqualTo("0.0% (0/3)");
		assertThat(this.exact.display(measure("percentage", null), Figure.percentage(0, 0))).isEqualTo("n/a");
		assertThat(this.exact.display(measure("percentage", null), null)).isEqualTo("n/a");
	}

	@Test
	void showsSumsWithTwoDecimalPlacesOnlyWhenNotWholeAndAveragesWithOne() {
		assertThat(this.exact.display(measure("sum", null), Figure.of(1500))).isEqualTo("1,500");
		assertThat(this.exact.display(measure("sum", null), Figure.of(1500.125))).isEqualTo("1,500.13");
		assertThat(this.exact.values(measure("sum", null), Figure.of(2.5)))
			.containsExactly(new Value("2.50", 2.5, "#,##0.00"));
		assertThat(this.exact.display(measure("avg", null), Figure.of(12))).isEqualTo("12.0");
		assertThat(this.exact.display(measure("median", null), Figure.of(3.25))).isEqualTo("3.3");
		assertThat(this.exact.display(measure("max", null), Figure.of(-4))).isEqualTo("-4");
	}

	@Test
	void headsAMeasureWithItsTarget() {
		assertThat(this.exact.heading(measure("percentage", 92.5))).isEqualTo("Measure (target 92.5%)");
		assertThat(this.exact.heading(measure("percentage", 85.0))).isEqualTo("Measure (target 85%)");
		assertThat(this.exact.heading(measure("count", 20.0))).isEqualTo("Measure (target 20)");
		assertThat(this.exact.headings(measure("percentage", 85.0), false)).containsExactly("Measure (%)",
				"Measure: numerator", "Measure: denominator");
	}

	@Test
	void suppressesCountsStrictlyBetweenZeroAndTheThreshold() {
		assertThat(List.of(0, 1, 4, 5).stream().map(n -> this.published.display(measure("count", null), Figure.of(n))))
			.containsExactly("0", "fewer than 5", "fewer than 5", "5");
		assertThat(this.published.display(measure("distinct", null), Figure.of(2))).isEqualTo("fewer than 5");
		assertThat(this.published.display(measure("sum", null), Figure.of(2))).isEqualTo("2");
		assertThat(this.published.display(measure("percentage", null), Figure.percentage(0, 6)))
			.isEqualTo("0.0% (0/6)");
		assertThat(this.published.display(measure("percentage", null), Figure.percentage(4, 60)))
			.isEqualTo("suppressed");
		assertThat(this.published.values(measure("percentage", null), Figure.percentage(4, 60))).extracting(Value::text)
			.containsExactly("suppressed", "fewer than 5", "60");
	}

	private static ReportResult.Column measure(String type, Double target) {
		return new ReportResult.Column("m", "Measure", "measure", type, target);
	}

}
