package org.candour.web.forms;

/** One answer that can be picked in a select, radios or checkboxes question. */
public record Choice(String value, String label) {

}
