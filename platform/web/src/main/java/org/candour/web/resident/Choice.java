package org.candour.web.resident;

/** One answer a resident can pick in a select, radios or checkboxes question. */
public record Choice(String value, String label) {

}
