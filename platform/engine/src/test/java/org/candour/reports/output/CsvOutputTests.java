package org.candour.reports.output;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvOutputTests {

	@Test
	void writesHeadingsRowsAndTotalsWithAPercentagesNumeratorAndDenominator() {
		assertThat(csv(Results.byTeam("Housing"), false)).isEqualTo("""
				Team,Cases,Closed in time (%),Closed in time: numerator,Closed in time: denominator\r
				Housing,12,75.0,9,12\r
				Parking,0,n/a,0,0\r
				Total,12,75.0,9,12\r
				""");
	}

	@Test
	void writesEveryCombinationOnItsOwnRowWhateverTheLayout() {
		String expected = """
				Age group,Status,Cases,Closed in time (%),Closed in time: numerator,Closed in time: denominator,\
				Redress paid\r
				Adults,Closed,11,63.6,7,11,0\r
				Adults,Received,7,28.6,2,7,150.50\r
				Children & young people,Received,3,n/a,0,0,20\r
				Not recorded,Closed,1,100.0,1,1,0\r
				Total,,22,52.6,10,19,170.50\r
				""";

		assertThat(csv(Results.byAgeAndStatus("table", null), false)).isEqualTo(expected);
		assertThat(csv(Results.byAgeAndStatus("crosstab", null), false)).isEqualTo(expected);
	}

	@Test
	void givesTheSameBytesEveryTimeTheSameResultIsRendered() {
		byte[] first = ReportOutputs.render(Results.byAgeAndStatus("crosstab", 5), Format.CSV, true);
		byte[] second = ReportOutputs.render(Results.byAgeAndStatus("crosstab", 5), Format.CSV, true);

		assertThat(second).isEqualTo(first);
	}

	@Test
	void quotesFieldsWithCommasQuotesAndLineBreaks() {
		assertThat(csv(Results.byTeam("Housing, \"repairs\"\nand voids"), false))
			.contains("\r\n\"Housing, \"\"repairs\"\"\nand voids\",12,75.0,9,12\r\n");
	}

	@Test
	void keepsSpreadsheetsFromRunningLabelsAsFormulas() {
		assertThat(csv(Results.byTeam("=HYPERLINK(\"http://x.example\",\"Click\")"), false))
			.contains("\r\n\"'=HYPERLINK(\"\"http://x.example\"\",\"\"Click\"\")\",12,");
		assertThat(csv(Results.byTeam("+44 team"), false)).contains("\r\n'+44 team,12,");
		assertThat(csv(Results.byTeam("-1 floor"), false)).contains("\r\n'-1 floor,12,");
		assertThat(csv(Results.byTeam("@SUM(A1)"), false)).contains("\r\n'@SUM(A1),12,");
		assertThat(csv(Results.byTeam("\tTabbed"), false)).contains("\r\n'\tTabbed,12,");
		assertThat(csv(Results.byTeam("Housing = homes"), false)).contains("\r\nHousing = homes,12,");
	}

	@Test
	void isUtf8TextCsv() {
		assertThat(csv(Results.byTeam("Tîm Tai – Cymraeg"), false)).contains("\r\nTîm Tai – Cymraeg,12,");
		assertThat(ReportOutputs.contentType(Format.CSV)).isEqualTo("text/csv; charset=UTF-8; header=present");
		assertThat(ReportOutputs.fileName(Results.byTeam("Housing"), Format.CSV))
			.isEqualTo("cases-by-team-20260701T0630Z.csv");
	}

	static String csv(org.candour.reports.ReportResult result, boolean published) {
		return new String(ReportOutputs.render(result, Format.CSV, published), StandardCharsets.UTF_8);
	}

}
