package org.candour.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV as RFC 4180 writes it (quoted commas, line breaks and quotes; a byte order mark or
 * none) and XLSX (date cells whatever their display format) read into the same rows,
 * numbered as a spreadsheet numbers them; blank rows are left out.
 */
class LegacyTableTests {

	@Test
	void readsQuotedFieldsLineBreaksAndDoubledQuotesWithOrWithoutAByteOrderMark() throws IOException {
		String csv = "Case ID,Subject,Received\r\nA1,\"Bins, again\",14/03/2025\r\n,,\r\nA2,\"Said \"\"soon\"\"\nthen nothing\",2025-03-15\n";
		for (String text : List.of(csv, "\uFEFF" + csv)) {
			List<LegacyRow> rows = read(new CsvTable(), text.getBytes(StandardCharsets.UTF_8));
			assertThat(rows).extracting(LegacyRow::number).containsExactly(2, 4);
			assertThat(rows.get(0).cell("Case ID")).isEqualTo("A1");
			assertThat(rows.get(0).cell("Subject")).isEqualTo("Bins, again");
			assertThat(rows.get(1).cell("Subject")).isEqualTo("Said \"soon\"\nthen nothing");
			assertThat(rows.get(1).cell("Received")).isEqualTo("2025-03-15");
		}
	}

	@Test
	void readsTheFirstSheetOfAWorkbookWithDatesAsIsoWhateverTheirFormat() throws IOException {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
			var sheet = workbook.createSheet("Export");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("Case ID");
			header.createCell(1).setCellValue("Received");
			header.createCell(2).setCellValue("Subject");
			Row first = sheet.createRow(1);
			first.createCell(0).setCellValue("A1");
			first.createCell(1).setCellValue(LocalDate.of(2025, 3, 14));
			first.getCell(1).setCellStyle(date);
			first.createCell(2).setCellValue("Bins");
			Row second = sheet.createRow(3);
			second.createCell(0).setCellValue("A2");
			second.createCell(2).setCellValue("Lights");
			workbook.write(file);
		}
		List<LegacyRow> rows = read(new XlsxTable(), file.toByteArray());
		assertThat(rows).extracting(LegacyRow::number).containsExactly(2, 4);
		assertThat(rows.get(0).cell("Received")).isEqualTo("2025-03-14");
		assertThat(rows.get(1).cell("Subject")).isEqualTo("Lights");
		assertThat(rows.get(1).cell("Received")).isNull();
	}

	private static List<LegacyRow> read(LegacyTable table, byte[] content) throws IOException {
		List<LegacyRow> rows = new ArrayList<>();
		table.read(new ByteArrayInputStream(content), rows::add);
		return rows;
	}

}
