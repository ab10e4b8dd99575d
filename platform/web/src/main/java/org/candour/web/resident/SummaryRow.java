package org.candour.web.resident;

/** One row of the check-your-answers page. */
record SummaryRow(String field, String question, String answer, String changeUrl) {

}
