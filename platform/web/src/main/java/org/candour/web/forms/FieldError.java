package org.candour.web.forms;

/**
 * A plain-words problem with one answer.
 *
 * @param field the question's name
 * @param part the part of the answer (address line, date part), or null
 * @param anchor the id of the input the error summary links to
 * @param message what to do, in plain words
 */
public record FieldError(String field, String part, String anchor, String message) implements java.io.Serializable {

}
