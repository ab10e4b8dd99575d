package org.candour.remedies;

import java.util.List;

import org.candour.api.Refusal;
import org.candour.cases.CaseLookup;
import org.candour.cases.FeedbackCase;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/** Reads the remedies of a case the caller may see. */
@Component
class RemedyRegister {

	private final Remedies remedies;

	private final CaseLookup cases;

	RemedyRegister(Remedies remedies, CaseLookup cases) {
		this.remedies = remedies;
		this.cases = cases;
	}

	CaseRemedies ofCase(String reference) {
		FeedbackCase remedied = this.cases.visible(reference);
		return new CaseRemedies(remedied.current().meta().get(CaseRemedyTotals.KEY),
				this.remedies.ofCase(remedied.reference()));
	}

	Remedy one(String reference, String id) {
		FeedbackCase remedied = this.cases.visible(reference);
		return this.remedies.byId(id)
			.filter(remedy -> remedy.caseReference().equals(remedied.reference()))
			.orElseThrow(() -> Refusal.notFound("Case " + reference + " has no remedy " + id));
	}

	/**
	 * @param totals the case's {@code meta.remedies}; null before its first remedy
	 * @param items its remedies, by id
	 */
	record CaseRemedies(JsonNode totals, List<Remedy> items) {
	}

}
