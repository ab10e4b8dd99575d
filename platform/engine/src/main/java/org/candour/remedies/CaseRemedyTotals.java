package org.candour.remedies;

import java.math.BigDecimal;
import java.util.List;

import org.candour.cases.CaseMetaUpdates;
import org.candour.cases.CaseReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Keeps {@code meta.remedies = {count, financialOffered, paid}} on a case, for reports to
 * count and sum: the remedies not declined, the amounts of the payments among them, and
 * the amounts paid (pounds). Recomputed from the remedies collection, so writing it again
 * is harmless: it is a second write after the remedy's, not atomic with it, and the next
 * change of any remedy of the case heals totals a failure left behind.
 */
@Component
class CaseRemedyTotals {

	static final String KEY = "remedies";

	static final String HISTORY_ACTION = "remedies";

	private static final Logger log = LoggerFactory.getLogger(CaseRemedyTotals.class);

	private final Remedies remedies;

	private final CaseMetaUpdates cases;

	CaseRemedyTotals(Remedies remedies, CaseMetaUpdates cases) {
		this.remedies = remedies;
		this.cases = cases;
	}

	/** Recomputes and stores the case's totals; false when they were not stored. */
	boolean recompute(String caseReference) {
		List<Remedy> offered = this.remedies.ofCase(caseReference).stream().filter(Remedy::offered).toList();
		BigDecimal financialOffered = offered.stream()
			.filter(Remedy::financial)
			.map(Remedy::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal paid = offered.stream()
			.filter(remedy -> remedy.state() == RemedyState.PAID)
			.map(Remedy::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		// numbers as doubles, which the reports sum
		ObjectNode totals = JsonNodeFactory.instance.objectNode()
			.put("count", offered.size())
			.put("financialOffered", financialOffered.doubleValue())
			.put("paid", paid.doubleValue());
		String comment = "Remedies: " + offered.size() + ", payments offered £" + financialOffered.toPlainString()
				+ ", paid £" + paid.toPlainString();
		boolean stored = this.cases.put(new CaseReference(caseReference), KEY, totals, HISTORY_ACTION, comment);
		if (!stored) {
			log.warn("The remedy totals of case {} were not updated; the next change heals them", caseReference);
		}
		return stored;
	}

}
