package org.candour.reports.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.candour.reports.ReportResult;

/**
 * A result as an Excel workbook, written by POI's streaming writer: the title, what was
 * counted, then the {@link Flat} table with a bold heading row frozen above numeric cells
 * (a percentage as a 0.0% number with its numerator and denominator beside it; "n/a" and
 * suppressed figures as text), and the totals in bold.
 */
final class XlsxOutput {

	private static final int ROWS_IN_MEMORY = 200;

	private static final int MAX_WIDTH = 60;

	private final SXSSFWorkbook workbook;

	private final Map<String, CellStyle> styles = new HashMap<>();

	private final Figures figures;

	private XlsxOutput(SXSSFWorkbook workbook, Figures figures) {
		this.workbook = workbook;
		this.figures = figures;
	}

	static byte[] write(ReportResult result, Figures figures) {
		Flat table = Flat.of(result, figures, true);
		SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
		try {
			new XlsxOutput(workbook, figures).sheet(result, table);
			POIXMLProperties.CoreProperties properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
			properties.setTitle(result.title());
			properties.setCreator("Candour");
			if (result.dataAsAt() != null) {
				properties.setCreated(Optional.of(Date.from(result.dataAsAt())));
				properties.setModified(Optional.of(Date.from(result.dataAsAt())));
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
			try {
				workbook.close();
			}
			catch (IOException ex) {
				// Closing an in-memory workbook whose temporary files are gone cannot
				// lose data
			}
		}
	}

	private void sheet(ReportResult result, Flat table) {
		SXSSFSheet sheet = this.workbook
			.createSheet(WorkbookUtil.createSafeSheetName(Objects.requireNonNullElse(result.title(), "Report")));
		int[] widths = new int[table.headings().size()];
		int next = 0;
		text(sheet.createRow(next++), 0, result.title(), style("title", null));
		if (result.description() != null && !result.description().isBlank()) {
			text(sheet.createRow(next++), 0, result.description(), null);
		}
		for (Summary.Item item : Summary.of(result, this.figures, true)) {
			Row row = sheet.createRow(next++);
			text(row, 0, item.label(), style("bold", null));
			text(row, 1, item.value(), null);
		}
		next++;
		int heading = next++;
		Row headings = sheet.createRow(heading);
		for (int i = 0; i < table.headings().size(); i++) {
			text(headings, i, table.headings().get(i), style("heading", null));
			widths[i] = Math.max(widths[i], table.headings().get(i).length());
		}
		for (List<Value> values : table.rows()) {
			row(sheet.createRow(next++), values, false, widths);
		}
		sheet.setAutoFilter(new CellRangeAddress(heading, next - 1, 0, table.headings().size() - 1));
		row(sheet.createRow(next), table.totals(), true, widths);
		sheet.createFreezePane(table.dimensions(), heading + 1);
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, (Math.min(MAX_WIDTH, Math.max(10, widths[i])) + 2) * 256);
		}
	}

	private void row(Row row, List<Value> values, boolean totals, int[] widths) {
		for (int i = 0; i < values.size(); i++) {
			Value value = values.get(i);
			if (value.isNumber()) {
				Cell cell = row.createCell(i);
				cell.setCellValue(value.number());
				cell.setCellStyle(style(totals ? "bold" : "plain", value.numberFormat()));
			}
			else {
				text(row, i, value.text(), totals ? style("bold", null) : null);
			}
			widths[i] = Math.max(widths[i], value.text().length());
		}
	}

	private static void text(Row row, int column, String text, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(text);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private CellStyle style(String weight, String numberFormat) {
		return this.styles.computeIfAbsent(weight + "|" + numberFormat, unused -> {
			CellStyle style = this.workbook.createCellStyle();
			if (!"plain".equals(weight)) {
				Font font = this.workbook.createFont();
				font.setBold(true);
				if ("title".equals(weight)) {
					font.setFontHeightInPoints((short) 14);
				}
				style.setFont(font);
			}
			if ("heading".equals(weight)) {
				style.setWrapText(true);
			}
			if (numberFormat != null) {
				style.setDataFormat(this.workbook.createDataFormat().getFormat(numberFormat));
			}
			return style;
		});
	}

}
