package org.candour.web.officer.casework;

import java.util.List;

import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;
import org.candour.remedies.RemedySummaries;
import org.candour.remedies.RemedySummaries.RemedySummary;

import org.springframework.stereotype.Component;

/**
 * The case screen's remedies panel: each remedy offered, its kind, amount and state, and
 * who moved it there and when. Read only: remedies are proposed and decided through the
 * API.
 */
@Component
class RemediesPanel implements CasePanelSource {

	private final RemedySummaries remedies;

	RemediesPanel(RemedySummaries remedies) {
		this.remedies = remedies;
	}

	@Override
	public String panel() {
		return REMEDIES;
	}

	@Override
	public List<Item> items(FeedbackCase feedbackCase) {
		return this.remedies.of(new CaseReference(feedbackCase.reference())).stream().map(RemediesPanel::item).toList();
	}

	private static Item item(RemedySummary remedy) {
		StringBuilder detail = new StringBuilder(remedy.id()).append(" – ").append(remedy.kindLabel());
		if (remedy.amount() != null) {
			detail.append(", £").append(remedy.amount().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
		}
		detail.append(" – ").append(remedy.state()).append(" by ").append(remedy.by());
		return new Item(remedy.description(), detail.toString(), remedy.at(), null);
	}

}
