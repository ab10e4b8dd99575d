package org.candour.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.candour.api.Refusal;

/**
 * What an export holds, for building a mapping: its columns in file order and, for each
 * column, the values in it with the number of rows of each. Values that differ only in
 * case are counted together under their most frequent spelling; at most {@value #LISTED}
 * different values are kept per column.
 *
 * @param fileName the file's name
 * @param columns the header row's names, blanks left out (a name given twice is refused:
 * the cells of one column would hide the other's)
 * @param values column to its values (most frequent spelling) and their row counts, most
 * rows first
 * @param rows the rows that have a value
 * @param cut the columns that have more than {@value #LISTED} different values
 */
public record ExportProfile(String fileName, List<String> columns, Map<String, List<Value>> values, int rows,
		List<String> cut) implements Serializable {

	public static final int LISTED = 200;

	public ExportProfile {
		columns = List.copyOf(columns);
		values = Map.copyOf(values);
		cut = List.copyOf(cut);
	}

	/** The values of a column (none for a column the file does not have). */
	public List<Value> of(String column) {
		return this.values.getOrDefault(column, List.of());
	}

	/**
	 * Reads a CSV or XLSX export a row at a time.
	 * @throws Refusal at {@code /file} when it is neither, cannot be read or names a
	 * column twice
	 */
	static ExportProfile read(String fileName, byte[] content) {
		Map<String, Map<String, Map<String, Integer>>> counted = new LinkedHashMap<>();
		List<String> cut = new ArrayList<>();
		int[] rows = { 0 };
		List<String> header = table(fileName, content, row -> {
			rows[0]++;
			row.cells().forEach((column, value) -> count(counted, cut, column, value));
		});
		List<String> columns = header.stream().filter(column -> !column.isBlank()).toList();
		if (columns.isEmpty()) {
			throw Refusal.malformed("/file", "import.file-no-header", "The file's first row names no columns");
		}
		Map<String, List<Value>> values = new LinkedHashMap<>();
		counted.forEach((column, byValue) -> values.put(column,
				byValue.values()
					.stream()
					.map(ExportProfile::value)
					.sorted((a, b) -> Integer.compare(b.rows(), a.rows()))
					.toList()));
		return new ExportProfile(fileName, columns, values, rows[0], cut);
	}

	/**
	 * Reads no further than the first row after the header: enough to refuse, before a
	 * run starts, a file that is neither CSV nor XLSX, cannot be opened or names a column
	 * twice.
	 * @throws Refusal at {@code /file} as {@link #read} does
	 */
	static void checkHeader(String fileName, byte[] content) {
		try {
			table(fileName, content, row -> {
				throw HeaderRead.INSTANCE;
			});
		}
		catch (HeaderRead enough) {
			// the header was read and a row followed it
		}
	}

	private static List<String> table(String fileName, byte[] content, Consumer<LegacyRow> rows) {
		if (!LegacyTable.readable(fileName)) {
			throw Refusal.malformed("/file", "import.file-type", "Choose a CSV (.csv) or Excel (.xlsx) file");
		}
		try {
			return LegacyTable.forFile(fileName).read(new ByteArrayInputStream(content), rows);
		}
		catch (RepeatedColumns ex) {
			throw ex.refusal();
		}
		catch (HeaderRead enough) {
			throw enough;
		}
		catch (IOException | RuntimeException ex) {
			throw Refusal.malformed("/file", "import.file-unreadable",
					"The file could not be read as "
							+ (fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? "an Excel workbook" : "CSV") + ": "
							+ ex.getMessage());
		}
	}

	private static void count(Map<String, Map<String, Map<String, Integer>>> counted, List<String> cut, String column,
			String value) {
		Map<String, Map<String, Integer>> byValue = counted.computeIfAbsent(column, any -> new LinkedHashMap<>());
		String key = value.toLowerCase(Locale.ROOT);
		Map<String, Integer> spellings = byValue.get(key);
		if (spellings == null && byValue.size() >= LISTED) {
			if (!cut.contains(column)) {
				cut.add(column);
			}
			return;
		}
		byValue.computeIfAbsent(key, any -> new LinkedHashMap<>()).merge(value, 1, Integer::sum);
	}

	/** A value as it is spelt most often, with the rows of all its spellings. */
	private static Value value(Map<String, Integer> spellings) {
		String spelling = spellings.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElseThrow();
		return new Value(spelling, spellings.values().stream().mapToInt(Integer::intValue).sum());
	}

	/**
	 * A value of a column.
	 *
	 * @param value its most frequent spelling in the file
	 * @param rows the rows that have it, in any case
	 */
	public record Value(String value, int rows) implements Serializable {
	}

	/** Stops a read once the header is known. */
	private static final class HeaderRead extends RuntimeException {

		private static final HeaderRead INSTANCE = new HeaderRead();

		private HeaderRead() {
			super(null, null, false, false);
		}

	}

}
