package org.candour.imports;

import java.util.Map;

/**
 * One row of an export.
 *
 * @param number its row number as a spreadsheet shows it (the header is row 1)
 * @param cells header to value, trimmed; blank cells are absent
 */
record LegacyRow(int number, Map<String, String> cells) {

	/** The cell of {@code column}, or null when it is blank or the column is unnamed. */
	String cell(String column) {
		return column == null ? null : this.cells.get(column);
	}

}
