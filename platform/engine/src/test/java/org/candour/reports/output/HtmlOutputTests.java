package org.candour.reports.output;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.candour.reports.ReportResult;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlOutputTests {

	@Test
	void showsAGovUkTableWithRowHeadersNumericCellsAndTotals() {
		String html = ReportOutputs.html(Results.byAgeAndStatus("table", null), false, null);

		assertThat(html).contains("<table class=\"govuk-table\">")
			.contains("<caption class=\"govuk-table__caption govuk-table__caption--m\">Cases by age group</caption>")
			.contains("<th scope=\"col\" class=\"govuk-table__header\">Age group</th>")
			.contains("<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">"
					+ "Closed in time (target 85%)</th>")
			.contains("<th scope=\"row\" class=\"govuk-table__header\">Adults</th>")
			.contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\">28.6% (2/7)</td>");
		Document table = Xml.fragment(html);
		assertThat(Xml.texts(table, "//tbody/tr[1]/*")).containsExactly("Adults", "Closed", "11", "63.6% (7/11)", "0");
		assertThat(Xml.texts(table, "//tbody/tr[2]/*")).containsExactly("Adults", "Received", "7", "28.6% (2/7)",
				"150.50");
		assertThat(Xml.texts(table, "//tbody/tr[3]/td")).containsExactly("3", "n/a", "20");
		assertThat(Xml.texts(table, "//tbody/tr[4]/th")).containsExactly("Not recorded", "Closed");
		assertThat(Xml.texts(table, "//tbody/tr[last()]/*")).containsExactly("Total", "22", "52.6% (10/19)", "170.50");
		assertThat(Xml.texts(table, "//tbody/tr[last()]/th[@scope='row']/@colspan")).containsExactly("2");
	}

	@Test
	void saysWhatWasCountedAboveTheTable() {
		Document page = Xml.fragment(ReportOutputs.html(Results.byAgeAndStatus("table", null), false, null));

		assertThat(Xml.texts(page, "//dl[@class='govuk-summary-list govuk-summary-list--no-border']/div/dt"))
			.containsExactly("Period", "Organisation structure", "Data as at", "Configuration version", "Content hash");
		assertThat(Xml.texts(page, "//dl/div/dd")).containsExactly("1 April 2026 to 30 June 2026",
				"Structure at the time", "1 July 2026, 06:30 UTC", "4", "3f2a9c0d1e8b");
		assertThat(Xml.texts(Xml.fragment(ReportOutputs.html(Results.byTeam("Housing"), false, null)), "//dl/div/dd"))
			.startsWith("Up to 30 June 2026", "Today's structure");
	}

	@Test
	void pivotsTheCrosstabsColumnDimensionIntoColumnGroupsWithTotals() {
		Document table = Xml.fragment(ReportOutputs.html(Results.byAgeAndStatus("crosstab", null), false, null));

		assertThat(Xml.texts(table, "//thead/tr[1]/th[@scope='colgroup']")).containsExactly("Closed", "Received",
				"Total");
		assertThat(Xml.texts(table, "//thead/tr[1]/th[@scope='col' and @rowspan='2']")).containsExactly("Age group");
		assertThat(Xml.texts(table, "//thead/tr[2]/th[@scope='col']")).hasSize(9)
			.startsWith("Cases", "Closed in time (target 85%)", "Redress paid");
		assertThat(Xml.texts(table, "//colgroup/@span")).containsExactly("1", "3", "3", "3");
		assertThat(Xml.texts(table, "//tbody/tr[th='Adults']/td")).containsExactly("11", "63.6% (7/11)", "0", "7",
				"28.6% (2/7)", "150.50", "18", "50.0% (9/18)", "150.50");
		assertThat(Xml.texts(table, "//tbody/tr[th='Children & young people']/td")).containsExactly("0", "n/a", "0",
				"3", "n/a", "20", "3", "n/a", "20");
		assertThat(Xml.texts(table, "//tbody/tr[th='Total']/td")).containsExactly("12", "66.7% (8/12)", "0", "10",
				"28.6% (2/7)", "170.50", "22", "52.6% (10/19)", "170.50");
	}

	@Test
	void aReportWithoutDimensionsShowsItsTotals() {
		ReportResult byTeam = Results.byTeam("Housing");
		ReportResult overall = new ReportResult("run-3", "t1", "overall", "All cases", null, 1, byTeam.parameters(),
				byTeam.dataAsAt(), byTeam.columns().subList(1, 3), List.of(), byTeam.totals(), Map.of(), null, null,
				null, Results.HASH);

		Document table = Xml.fragment(ReportOutputs.html(overall, false, null));

		assertThat(Xml.texts(table, "//thead/tr/*")).containsExactly("", "Cases", "Closed in time");
		assertThat(Xml.texts(table, "//thead/tr/th")).hasSize(2);
		assertThat(Xml.texts(table, "//tbody/tr")).hasSize(1);
		assertThat(Xml.texts(table, "//tbody/tr/*")).containsExactly("Total", "12", "75.0% (9/12)");
		assertThat(CsvOutputTests.csv(overall, false)).isEqualTo("""
				,Cases,Closed in time (%),Closed in time: numerator,Closed in time: denominator\r
				Total,12,75.0,9,12\r
				""");
	}

	@Test
	void escapesTitlesAndLabels() {
		String html = ReportOutputs
			.html(Results.byAgeAndStatus("Cases <script>alert('x')</script> & more", "table", null), false, null);

		assertThat(html).doesNotContain("<script>")
			.contains("Cases &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
			.contains(">Children &amp; young people</th>");
	}

	@Test
	void linksCountsAndPercentagesWithWhatTheyCountForScreenReaders() {
		CellLinks links = (row, measure) -> "/cases?measure=" + measure
				+ ((row == null) ? "" : "&age=" + row.key().get("age") + "&status=" + row.key().get("status"));

		String html = ReportOutputs.html(Results.byAgeAndStatus("table", null), false, links);

		assertThat(html)
			.contains("<a class=\"govuk-link\" href=\"/cases?measure=cases&amp;age=adult&amp;status=received\">7"
					+ "<span class=\"govuk-visually-hidden\"> Cases: Adults, Received</span></a>")
			.contains("<a class=\"govuk-link\" href=\"/cases?measure=inTime&amp;age=adult&amp;status=received\">"
					+ "28.6% (2/7)<span class=\"govuk-visually-hidden\"> Closed in time: Adults, Received</span></a>")
			.contains("<a class=\"govuk-link\" href=\"/cases?measure=cases\">22"
					+ "<span class=\"govuk-visually-hidden\"> Cases: Total</span></a>")
			.doesNotContain("measure=redress")
			.contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\">n/a</td>");
	}

	@Test
	void linksACrosstabsGroupTotalsByTheDimensionsTheyAreFixedOn() {
		CellLinks links = (row, measure) -> (row == null) ? null : "/cases?" + row.key();

		Document table = Xml.fragment(ReportOutputs.html(Results.byAgeAndStatus("crosstab", null), false, links));

		assertThat(Xml.texts(table, "//tbody/tr[th='Total']/td[1]/a/@href")).containsExactly("/cases?{status=closed}");
		assertThat(Xml.texts(table, "//tbody/tr[th='Adults']/td[7]/a/@href")).containsExactly("/cases?{age=adult}");
		assertThat(Xml.texts(table, "//tbody/tr[th='Adults']/td[7]/a/span")).containsExactly(" Cases: Adults, Total");
	}

	@Test
	void aChartLayoutShowsTheChartAndTheSameFiguresInTheTable() {
		Document page = Xml.fragment(ReportOutputs.html(Results.byAgeAndStatus("chart", null), false, null));

		assertThat(Xml.texts(page, "//*[local-name()='svg']/@role")).containsExactly("img");
		assertThat(Xml.texts(page, "//table/caption")).containsExactly("Cases by age group");
		assertThat(Xml.fragment(ReportOutputs.html(Results.byAgeAndStatus("table", null), false, null))
			.getElementsByTagNameNS("*", "svg")
			.getLength()).isZero();
	}

	@Test
	void aStandalonePageIsWellFormedEnglishWithItsTitle() {
		String page = new String(ReportOutputs.render(Results.byAgeAndStatus("table", null), Format.HTML, false),
				StandardCharsets.UTF_8);

		Document document = Xml.parse(page);
		assertThat(document.getDocumentElement().getAttribute("lang")).isEqualTo("en");
		assertThat(Xml.texts(document, "/html/head/title")).containsExactly("Cases by age group");
		assertThat(Xml.texts(document, "//h1")).containsExactly("Cases by age group");
		assertThat(Xml.texts(document, "//p[@class='govuk-body']")).containsExactly("Cases received in the quarter.");
		assertThat(ReportOutputs.contentType(Format.HTML)).isEqualTo("text/html; charset=UTF-8");
		assertThat(ReportOutputs.fileName(Results.byAgeAndStatus("table", null), Format.HTML))
			.isEqualTo("cases-by-age-20260701T0630Z.html");
	}

}
