package org.candour.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An export read a row at a time: its first row names the columns. CSV or XLSX, told
 * apart by the file's name.
 */
interface LegacyTable {

	/**
	 * Reads the header, then hands every further row that has a value to {@code rows}.
	 * @return the column names
	 */
	List<String> read(InputStream in, Consumer<LegacyRow> rows) throws IOException;

	static LegacyTable forFile(String fileName) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		return name.endsWith(".xlsx") ? new XlsxTable() : new CsvTable();
	}

	/** Whether the file's name says it is a table this module reads. */
	static boolean readable(String fileName) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		return name.endsWith(".csv") || name.endsWith(".xlsx");
	}

	/**
	 * The header row's names, trimmed.
	 * @throws RepeatedColumns when it names a column twice
	 */
	static List<String> header(List<String> cells) {
		List<String> header = cells.stream().map(cell -> cell == null ? "" : cell.strip()).toList();
		List<String> repeated = header.stream()
			.filter(name -> !name.isEmpty() && Collections.frequency(header, name) > 1)
			.distinct()
			.toList();
		if (!repeated.isEmpty()) {
			throw new RepeatedColumns(repeated);
		}
		return header;
	}

	/** A row of cells as the header names them; null when every cell is blank. */
	static LegacyRow row(int number, List<String> header, List<String> values) {
		Map<String, String> cells = new LinkedHashMap<>();
		for (int i = 0; i < Math.min(header.size(), values.size()); i++) {
			String value = values.get(i) == null ? "" : values.get(i).strip();
			if (!value.isEmpty() && !header.get(i).isEmpty()) {
				cells.put(header.get(i), value);
			}
		}
		return cells.isEmpty() ? null : new LegacyRow(number, cells);
	}

}
