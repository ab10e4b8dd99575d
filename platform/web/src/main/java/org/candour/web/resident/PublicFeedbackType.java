package org.candour.web.resident;

import java.util.List;

/**
 * A feedback type residents may use, for the start page.
 *
 * @param id the feedback type's id
 * @param title its name for residents
 * @param summary one line on what it is for
 * @param timescales what happens next, from the workflow's public clocks that start when
 * a case is logged
 * @param confirmationTitle the title of its confirmation page when configured (e.g.
 * "Report sent" for a type whose name is "Report a problem"), else null: "{title} sent"
 */
record PublicFeedbackType(String id, String title, String summary, List<Timescale> timescales,
		String confirmationTitle) {

	/** "Acknowledgement", 5, "working-days" (the clock's publicLabel). */
	record Timescale(String label, int amount, String unit) {

		/**
		 * The message key of the unit for this amount: {@code resident.unit.<unit>.one}
		 * for 1 ("1 calendar month"), else {@code resident.unit.<unit>}.
		 */
		public String unitKey() {
			return "resident.unit." + this.unit + ((this.amount == 1) ? ".one" : "");
		}

	}

}
