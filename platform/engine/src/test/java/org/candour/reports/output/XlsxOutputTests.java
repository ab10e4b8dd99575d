package org.candour.reports.output;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class XlsxOutputTests {

	@Test
	void writesTheTitleWhatWasCountedAndABoldFrozenHeadingRow() throws IOException {
		try (XSSFWorkbook workbook = open(Results.byAgeAndStatus("crosstab", 5), false)) {
			XSSFSheet sheet = workbook.getSheetAt(0);

			assertThat(sheet.getSheetName()).isEqualTo("Cases by age group");
			assertThat(text(sheet.getRow(0), 0)).isEqualTo("Cases by age group");
			assertThat(text(sheet.getRow(1), 0)).isEqualTo("Cases received in the quarter.");
			assertThat(text(sheet.getRow(2), 0)).isEqualTo("Period");
			assertThat(text(sheet.getRow(2), 1)).isEqualTo("1 April 2026 to 30 June 2026");
			assertThat(text(sheet.getRow(6), 1)).isEqualTo(Results.HASH);
			Row headings = sheet.getRow(8);
			assertThat(text(headings, 0)).isEqualTo("Age group");
			assertThat(text(headings, 3)).isEqualTo("Closed in time (target 85%) (%)");
			assertThat(text(headings, 5)).isEqualTo("Closed in time: denominator");
			assertThat(workbook.getFontAt(headings.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 9);
			assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
			assertThat(workbook.getProperties().getCoreProperties().getCreated())
				.isEqualTo(java.util.Date.from(Instant.parse("2026-07-01T06:30:00Z")));
		}
	}

	@Test
	void writesFiguresAsNumbersAndPercentagesAsPercentWithTheirNumeratorsAndDenominators() throws IOException {
		try (XSSFWorkbook workbook = open(Results.byAgeAndStatus("table", 5), false)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			Row adultsReceived = sheet.getRow(10);

			assertThat(text(adultsReceived, 0)).isEqualTo("Adults");
			assertThat(text(adultsReceived, 1)).isEqualTo("Received");
			assertThat(adultsReceived.getCell(2).getNumericCellValue()).isEqualTo(7);
			assertThat(adultsReceived.getCell(3).getNumericCellValue()).isCloseTo(2.0 / 7, within(1e-9));
			assertThat(adultsReceived.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			assertThat(adultsReceived.getCell(4).getNumericCellValue()).isEqualTo(2);
			assertThat(adultsReceived.getCell(5).getNumericCellValue()).isEqualTo(7);
			assertThat(adultsReceived.getCell(6).getNumericCellValue()).isEqualTo(150.5);
			assertThat(adultsReceived.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(text(sheet.getRow(11), 3)).isEqualTo("n/a");
			Row totals = sheet.getRow(13);
			assertThat(text(totals, 0)).isEqualTo("Total");
			assertThat(totals.getCell(2).getNumericCellValue()).isEqualTo(22);
			assertThat(workbook.getFontAt(totals.getCell(2).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getLastRowNum()).isEqualTo(13);
		}
	}

	@Test
	void publishedWorkbooksShowSuppressedFiguresAsText() throws IOException {
		try (XSSFWorkbook workbook = open(Results.byAgeAndStatus("table", 5), true)) {
			Row notRecorded = rowStarting(workbook.getSheetAt(0), "Not recorded");

			assertThat(text(rowStarting(workbook.getSheetAt(0), "Small numbers"), 1))
				.isEqualTo("Counts from 1 to 4 are shown as \u201cfewer than 5\u201d");
			assertThat(text(notRecorded, 2)).isEqualTo("fewer than 5");
			assertThat(text(notRecorded, 3)).isEqualTo("suppressed");
			assertThat(text(notRecorded, 4)).isEqualTo("fewer than 5");
			assertThat(notRecorded.getCell(6).getNumericCellValue()).isZero();
		}
	}

	@Test
	void writesLabelsAsTextNeverAsFormulas() throws IOException {
		try (XSSFWorkbook workbook = open(Results.byTeam("=1+1"), false)) {
			Row housing = workbook.getSheetAt(0).getRow(8);

			assertThat(housing.getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(text(housing, 0)).isEqualTo("=1+1");
		}
	}

	private static XSSFWorkbook open(org.candour.reports.ReportResult result, boolean published) throws IOException {
		byte[] bytes = ReportOutputs.render(result, Format.XLSX, published);
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	private static Row rowStarting(XSSFSheet sheet, String text) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && text.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("No row starts " + text);
	}

	private static String text(Row row, int column) {
		return row.getCell(column).getStringCellValue();
	}

}
