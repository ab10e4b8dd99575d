package org.candour.definition.editing;

/**
 * An English text of a form that has no Welsh.
 *
 * @param pointer where the text is in the form document
 * @param what what the text is, in plain words (e.g. "Hint of 'What happened?'")
 * @param english the English text
 */
public record MissingWelsh(String pointer, String what, String english) {
}
