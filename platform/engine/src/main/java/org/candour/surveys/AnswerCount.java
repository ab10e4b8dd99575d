package org.candour.surveys;

/**
 * How many stored answers of one form, feedback type and month gave one answer to one
 * question: a count, never an answer on its own, for the reporting engine to group and
 * suppress as these pages do.
 *
 * @param form the form's id
 * @param feedbackType the feedback type of the cases answering (survey answers);
 * {@code null} for equality answers, which never record it
 * @param month the month the cases closed (survey answers) or the answers were given
 * (equality answers), {@code yyyy-MM}
 * @param question the question's name
 * @param answer the answer's value, or {@value AnswerTables#NOT_ANSWERED}
 * @param count how many gave it
 */
public record AnswerCount(String form, String feedbackType, String month, String question, String answer, long count) {
}
