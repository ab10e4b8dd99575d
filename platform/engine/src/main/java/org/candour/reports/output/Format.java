package org.candour.reports.output;

/** The formats a report run is rendered in. */
public enum Format {

	/** A standalone HTML page. */
	HTML("text/html; charset=UTF-8", "html"),

	/** RFC 4180 CSV, UTF-8, one row per combination of dimension values. */
	CSV("text/csv; charset=UTF-8; header=present", "csv"),

	/** An Excel workbook with numeric cells. */
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),

	/** A tagged PDF (PDF/UA) of the HTML table. */
	PDF("application/pdf", "pdf");

	private final String contentType;

	private final String extension;

	Format(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return this.contentType;
	}

	public String extension() {
		return this.extension;
	}

}
