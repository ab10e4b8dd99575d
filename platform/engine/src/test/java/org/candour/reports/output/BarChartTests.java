package org.candour.reports.output;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BarChartTests {

	@Test
	void isAnImageNamedByItsTitleAndDescription() {
		Document svg = Xml.parse(ReportOutputs.svg(Results.byAgeAndStatus("chart", null), "cases", false));

		Element root = svg.getDocumentElement();
		assertThat(root.getTagName()).isEqualTo("svg");
		assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
		assertThat(root.getAttribute("role")).isEqualTo("img");
		String[] labelledBy = root.getAttribute("aria-labelledby").split(" ");
		assertThat(labelledBy).hasSize(2);
		assertThat(Xml.texts(svg, "//*[local-name()='title' and @id='" + labelledBy[0] + "']"))
			.containsExactly("Cases by Age group (Cases by age group)");
		assertThat(Xml.texts(svg, "//*[local-name()='desc' and @id='" + labelledBy[1] + "']"))
			.containsExactly("Horizontal bar chart of Cases by Age group: Adults, 18; Children & young people, 3; "
					+ "Not recorded, 1.");
	}

	@Test
	void drawsABarPerValueOfTheFirstDimensionWithItsFigureBesideIt() {
		Document svg = Xml.parse(ReportOutputs.svg(Results.byAgeAndStatus("chart", null), "cases", false));

		assertThat(Xml.texts(svg, "//*[local-name()='g']/*[local-name()='text'][1]")).containsExactly("Adults",
				"Children & young people", "Not recorded");
		assertThat(Xml.texts(svg, "//*[local-name()='g']/*[local-name()='text'][2]")).containsExactly("18", "3", "1");
		assertThat(Xml.texts(svg, "//*[local-name()='rect']/@width").stream().map(Integer::valueOf))
			.satisfies(widths -> assertThat(widths.get(0)).isGreaterThan(widths.get(1)))
			.satisfies(widths -> assertThat(widths.get(1)).isGreaterThan(widths.get(2)));
	}

	@Test
	void drawsPercentagesOnAWholeScaleWithTheirNumeratorsAndDenominators() {
		Document svg = Xml.parse(ReportOutputs.svg(Results.byAgeAndStatus("chart", null), "inTime", false));

		assertThat(Xml.texts(svg, "//*[local-name()='g']/*[local-name()='text'][2]")).containsExactly("50.0% (9/18)",
				"n/a", "100.0% (1/1)");
		assertThat(Xml.texts(svg, "//*[local-name()='rect']/@width").get(1)).isEqualTo("0");
		assertThat(Xml.texts(svg, "//*[local-name()='desc']").get(0)).endsWith("Closed in time (target 85%).");
	}

	@Test
	void publishedChartsDrawNoBarForASuppressedFigure() {
		Document svg = Xml.parse(ReportOutputs.svg(Results.byAgeAndStatus("chart", 5), "cases", true));

		assertThat(Xml.texts(svg, "//*[local-name()='g']/*[local-name()='text'][2]")).containsExactly("18",
				"fewer than 5", "fewer than 5");
		assertThat(Xml.texts(svg, "//*[local-name()='rect']/@width")).endsWith("0", "0");
	}

	@Test
	void refusesAMeasureTheResultDoesNotHave() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReportOutputs.svg(Results.byAgeAndStatus("chart", null), "nope", false));
	}

}
