package org.candour.reports.output;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A {@link Flat} table as RFC 4180 CSV in UTF-8: CRLF line ends, a field quoted when it
 * holds a comma, quote or line break. Nothing in it depends on when it is rendered, so
 * the same result gives the same bytes. Text a spreadsheet would run as a formula (a
 * label starting {@code = + - @}, tab or carriage return) starts with an apostrophe;
 * numbers are written as they are.
 */
final class CsvOutput {

	private CsvOutput() {
	}

	static byte[] write(Flat table) {
		StringBuilder csv = new StringBuilder(4096);
		line(csv, table.headings().stream().map(Value::ofText).toList());
		table.rows().forEach(row -> line(csv, row));
		line(csv, table.totals());
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder csv, List<Value> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			Value value = values.get(i);
			csv.append(field(value.isNumber() ? value.text() : defused(value.text())));
		}
		csv.append("\r\n");
	}

	static String defused(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula ? "'" + text : text;
	}

	private static String field(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
