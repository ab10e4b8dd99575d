package org.candour.learning;

/**
 * A learning record was recorded or changed (published in the writing thread, after the
 * write), for modules that act on its actions, such as notifying their owners.
 *
 * @param learning the record's id
 * @param by who changed it
 */
public record LearningRecordChanged(String learning, String by) {
}
