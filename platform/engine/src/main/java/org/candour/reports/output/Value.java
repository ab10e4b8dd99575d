package org.candour.reports.output;

/**
 * One cell of a machine-readable output: a number, with its CSV text and the spreadsheet
 * format it is shown in, or text ("n/a", "fewer than 5", a label).
 *
 * @param text the text written to CSV
 * @param number the number, or {@code null} for text
 * @param numberFormat the spreadsheet number format, or {@code null} for text
 */
record Value(String text, Double number, String numberFormat) {

	static Value ofText(String text) {
		return new Value(text, null, null);
	}

	boolean isNumber() {
		return this.number != null;
	}

}
