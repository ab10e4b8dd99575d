package org.candour.reports.output;

import org.candour.reports.ReportTable;

/**
 * Where a count or percentage in an HTML table links to (for example the cases it
 * counts), so a page can offer drill-down.
 */
@FunctionalInterface
public interface CellLinks {

	/** No links. */
	CellLinks NONE = (row, measureId) -> null;

	/**
	 * The link for one figure.
	 * @param row the row the figure is in; {@code null} for the grand totals. In a
	 * crosstab, a column group's total or a row's total is a row whose key holds only the
	 * dimensions it is fixed on (the others are all values)
	 * @param measureId the measure
	 * @return the href, or {@code null} for no link
	 */
	String href(ReportTable.Row row, String measureId);

}
