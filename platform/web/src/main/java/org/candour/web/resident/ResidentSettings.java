package org.candour.web.resident;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code candour.resident.*}: how much of a resident's answers a session may hold.
 *
 * @param maxAnswerLength the most characters an answer may have when its question sets no
 * {@code maxLength} of its own (also the longest refused answer shown back to be
 * shortened)
 * @param maxAnswersSize the most the answers of all the journeys of one session may take
 * together, as UTF-8 JSON (so also the most one journey may hold)
 */
@ConfigurationProperties("candour.resident")
record ResidentSettings(@DefaultValue("10000") int maxAnswerLength, @DefaultValue("128KB") DataSize maxAnswersSize) {
}
