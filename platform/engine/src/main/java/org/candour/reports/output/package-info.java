/**
 * A report run's outputs: the stored {@link org.candour.reports.ReportResult} rendered as
 * an accessible GOV.UK HTML table (with its metadata and, for chart layouts, an SVG bar
 * chart beside the same figures), CSV, XLSX and tagged PDF. Rendering reads the result
 * alone, so the same result always renders the same figures; published outputs suppress
 * small numbers. {@link org.candour.reports.output.ReportOutputs} is the entry point.
 */
@org.springframework.modulith.NamedInterface("output")
package org.candour.reports.output;
