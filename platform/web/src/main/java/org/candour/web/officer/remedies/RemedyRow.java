package org.candour.web.officer.remedies;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.candour.remedies.RemedySummaries.RemedySummary;
import org.candour.web.officer.reports.ReportTime;

/**
 * A remedy as its case's remedies page shows it, with the decisions the caller may take.
 *
 * @param remedy the remedy
 * @param amount its amount in pounds, or blank
 * @param when when it was last moved, in words
 * @param paidOn the day it was paid, in words, or blank
 * @param overLimit whether it is a payment over the caller's delegated limit
 * @param decisions the decisions offered, each with its page
 */
record RemedyRow(RemedySummary remedy, String amount, String when, String paidOn, boolean overLimit,
		List<Link> decisions) {

	static RemedyRow of(RemedySummary remedy, BigDecimal limit, boolean decides, String tenant, String reference,
			ReportTime time) {
		List<Link> decisions = new ArrayList<>();
		if (decides) {
			for (RemedyDecision decision : RemedyDecision.values()) {
				if (decision.offeredFor(remedy.state(), remedy.financial())) {
					decisions
						.add(new Link(decision.path(), RemedyPaths.decision(tenant, reference, remedy.id(), decision)));
				}
			}
		}
		boolean overLimit = decides && remedy.financial() && "proposed".equals(remedy.state())
				&& remedy.amount() != null && remedy.amount().compareTo(limit) > 0;
		return new RemedyRow(remedy, RemedyText.pounds(remedy.amount()), time.when(remedy.at()),
				RemedyText.day(remedy.paidOn()), overLimit, decisions);
	}

	/**
	 * @param decision {@code approve}, {@code decline} or {@code pay}
	 * @param url its page
	 */
	record Link(String decision, String url) {
	}

}
