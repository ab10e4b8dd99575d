package org.candour.admin.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The column of an export that most likely holds something, from the words of its header:
 * a header that is one of the words first, else one that contains one. A column is
 * guessed for one thing only.
 */
final class ColumnGuesses {

	private final List<String> columns;

	private final Set<String> taken = new HashSet<>();

	ColumnGuesses(List<String> columns) {
		this.columns = columns;
	}

	/** The column guessed for something named by {@code words}, or "" for none. */
	String guess(String... words) {
		for (boolean whole : new boolean[] { true, false }) {
			for (String word : words) {
				String wanted = plain(word);
				if (wanted.length() < 3) {
					continue;
				}
				for (String column : this.columns) {
					String header = plain(column);
					if (!this.taken.contains(column) && (whole ? header.equals(wanted) : header.contains(wanted))) {
						this.taken.add(column);
						return column;
					}
				}
			}
		}
		return "";
	}

	/**
	 * Letters and digits only, in lower case: "Date Received" and "date_received" match.
	 */
	static String plain(String words) {
		return words.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

}
