package org.candour.reports.output;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionTests {

	@Test
	void publishedTablesShowSmallCountsAsFewerThanTheThreshold() {
		Document table = Xml.fragment(ReportOutputs.html(Results.byAgeAndStatus("table", 5), true, null));

		assertThat(Xml.texts(table, "//tbody/tr[1]/td")).containsExactly("11", "63.6% (7/11)", "0");
		assertThat(Xml.texts(table, "//tbody/tr[2]/td")).containsExactly("7", "suppressed", "150.50");
		assertThat(Xml.texts(table, "//tbody/tr[3]/td")).containsExactly("fewer than 5", "n/a", "20");
		assertThat(Xml.texts(table, "//tbody/tr[4]/td")).containsExactly("fewer than 5", "suppressed", "0");
		assertThat(Xml.texts(table, "//tbody/tr[last()]/td")).containsExactly("22", "52.6% (10/19)", "170.50");
	}

	@Test
	void publishedOutputsSayHowSmallNumbersAreShown() {
		Document page = Xml.fragment(ReportOutputs.html(Results.byAgeAndStatus("table", 5), true, null));

		assertThat(Xml.texts(page, "//dl/div[dt='Small numbers']/dd"))
			.containsExactly("Counts from 1 to 4 are shown as \u201cfewer than 5\u201d");
		assertThat(Xml.texts(Xml.fragment(ReportOutputs.html(Results.byAgeAndStatus("table", 5), false, null)),
				"//dl/div[dt='Small numbers']"))
			.isEmpty();
	}

	@Test
	void internalTablesShowExactFigures() {
		Document table = Xml.fragment(ReportOutputs.html(Results.byAgeAndStatus("table", 5), false, null));

		assertThat(Xml.texts(table, "//tbody/tr[3]/td")).containsExactly("3", "n/a", "20");
		assertThat(Xml.texts(table, "//tbody/tr[4]/td")).containsExactly("1", "100.0% (1/1)", "0");
	}

	@Test
	void aResultWithoutAThresholdIsNotSuppressedWhenPublished() {
		Document table = Xml.fragment(ReportOutputs.html(Results.byAgeAndStatus("table", null), true, null));

		assertThat(Xml.texts(table, "//tbody/tr[2]/td")).containsExactly("7", "28.6% (2/7)", "150.50");
	}

	@Test
	void publishedCsvSuppressesCountsNumeratorsAndDenominators() {
		String csv = CsvOutputTests.csv(Results.byAgeAndStatus("table", 5), true);

		assertThat(csv).contains("\r\nAdults,Received,7,suppressed,fewer than 5,7,150.50\r\n")
			.contains("\r\nChildren & young people,Received,fewer than 5,n/a,0,0,20\r\n")
			.contains("\r\nNot recorded,Closed,fewer than 5,suppressed,fewer than 5,fewer than 5,0\r\n");
		assertThat(CsvOutputTests.csv(Results.byAgeAndStatus("table", 5), false))
			.contains("\r\nNot recorded,Closed,1,100.0,1,1,0\r\n");
	}

	@Test
	void publishedCrosstabTotalsAreSuppressedToo() {
		Document table = Xml.fragment(ReportOutputs.html(Results.byAgeAndStatus("crosstab", 5), true, null));

		assertThat(Xml.texts(table, "//tbody/tr[th='Not recorded']/td")).containsExactly("fewer than 5", "suppressed",
				"0", "0", "n/a", "0", "fewer than 5", "suppressed", "0");
	}

	@Test
	void suppressedFiguresAreNotLinked() {
		String html = ReportOutputs.html(Results.byAgeAndStatus("table", 5), true, (row, measure) -> "/cases");

		assertThat(html).doesNotContain("fewer than 5<span").doesNotContain("suppressed<span").contains(">11<span");
	}

}
