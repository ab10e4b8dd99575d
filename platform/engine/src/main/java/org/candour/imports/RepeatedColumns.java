package org.candour.imports;

import java.util.List;

import org.candour.api.Refusal;

/**
 * A header row that names a column twice: the cells of one column would hide the other's,
 * so the file is refused as soon as its header is read.
 */
final class RepeatedColumns extends RuntimeException {

	RepeatedColumns(List<String> names) {
		super("The first row names " + String.join(", ", names) + " more than once: give each column a name of its own",
				null, false, false);
	}

	Refusal refusal() {
		return Refusal.malformed("/file", "import.file-repeated-column", getMessage());
	}

}
