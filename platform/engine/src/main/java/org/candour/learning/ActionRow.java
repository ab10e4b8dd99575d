package org.candour.learning;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An action in the actions list: the action (with whether it is overdue) and the record
 * it belongs to.
 *
 * @param learning the learning record's id
 * @param theme its theme
 * @param orgUnit its org unit
 * @param cases the cases it came from
 * @param action the action
 */
public record ActionRow(String learning, String theme, String orgUnit, List<String> cases,
		@JsonUnwrapped ActionView action) {
}
