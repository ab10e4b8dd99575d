package org.candour.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, streamed row by row with POI's SAX reader (the
 * workbook is never loaded whole). A cell formatted as a date reads as an ISO date (and
 * time, when it has one), whatever display format the sheet gave it.
 */
final class XlsxTable implements LegacyTable {

	@Override
	public List<String> read(InputStream in, Consumer<LegacyRow> rows) throws IOException {
		try (OPCPackage pkg = OPCPackage.open(in)) {
			XSSFReader reader = new XSSFReader(pkg);
			Rows handler = new Rows(rows);
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
					new ReadOnlySharedStringsTable(pkg), handler, new IsoDates(), false));
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					parser.parse(new InputSource(sheet));
				}
			}
			return handler.header;
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException ex) {
			throw new IOException("Not a readable XLSX workbook: " + ex.getMessage(), ex);
		}
	}

	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final Consumer<LegacyRow> rows;

		private List<String> header = List.of();

		private List<String> values = new ArrayList<>();

		private int number;

		Rows(Consumer<LegacyRow> rows) {
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			this.number = rowNum + 1;
			this.values = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			if (this.header.isEmpty()) {
				this.header = LegacyTable.header(this.values);
				return;
			}
			LegacyRow row = LegacyTable.row(this.number, this.header, this.values);
			if (row != null) {
				this.rows.accept(row);
			}
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int column = new CellReference(cellReference).getCol();
			while (this.values.size() < column) {
				this.values.add(null);
			}
			this.values.add(formattedValue);
		}

	}

	/** Dates as ISO text, other values as the sheet shows them. */
	private static final class IsoDates extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				LocalDateTime at = DateUtil.getLocalDateTime(value, use1904);
				return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.toLocalDate().toString()
						: at.toString();
			}
			return super.formatRawCellContents(value, formatIndex, formatString, use1904);
		}

	}

}
