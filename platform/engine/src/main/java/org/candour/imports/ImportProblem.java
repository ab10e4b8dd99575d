package org.candour.imports;

/**
 * What stops one row being imported.
 *
 * @param row the row number (the header is row 1)
 * @param column the column it is about, or null for the row as a whole
 * @param message what is wrong, in words
 */
public record ImportProblem(int row, String column, String message) {
}
