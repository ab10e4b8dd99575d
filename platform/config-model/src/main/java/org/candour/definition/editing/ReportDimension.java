package org.candour.definition.editing;

/**
 * One grouping of a report as its editor shows it.
 *
 * @param id the dimension's id (layout rows and columns name it)
 * @param label the English heading
 * @param field the field grouped by ({@code team}, {@code receivedMonth},
 * {@code outcome.decision}…)
 * @param orgStructure {@code at-time-of-case} or {@code current}; {@code null} when not
 * written (at the time)
 * @param codeList the code list whose labels its values are shown with; {@code null} for
 * none
 */
public record ReportDimension(String id, String label, String field, String orgStructure, String codeList) {
}
