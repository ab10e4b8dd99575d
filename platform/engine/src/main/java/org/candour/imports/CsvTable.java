package org.candour.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * CSV as RFC 4180 writes it: comma-separated, fields in double quotes may hold commas,
 * line breaks and doubled quotes; lines end in CRLF or LF. UTF-8, with or without a byte
 * order mark. A row's number is its record's place in the file (the header is row 1).
 */
final class CsvTable implements LegacyTable {

	private static final int BOM = '\uFEFF';

	@Override
	public List<String> read(InputStream in, Consumer<LegacyRow> rows) throws IOException {
		Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		reader.mark(1);
		if (reader.read() != BOM) {
			reader.reset();
		}
		List<String> header = record(reader);
		if (header == null) {
			return List.of();
		}
		header = LegacyTable.header(header);
		int number = 1;
		for (List<String> values = record(reader); values != null; values = record(reader)) {
			number++;
			LegacyRow row = LegacyTable.row(number, header, values);
			if (row != null) {
				rows.accept(row);
			}
		}
		return header;
	}

	/** The next record's fields; null at the end of the input. */
	private static List<String> record(Reader reader) throws IOException {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		int c;
		while ((c = reader.read()) != -1) {
			any = true;
			if (quoted) {
				if (c == '"') {
					reader.mark(1);
					if (reader.read() == '"') {
						field.append('"');
					}
					else {
						reader.reset();
						quoted = false;
					}
				}
				else {
					field.append((char) c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				break;
			}
			else if (c != '\r') {
				field.append((char) c);
			}
		}
		if (!any) {
			return null;
		}
		fields.add(field.toString());
		return fields;
	}

}
