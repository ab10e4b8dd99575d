package org.candour.staffnotices;

import java.util.Optional;

import org.candour.cases.CaseLookup;
import org.candour.cases.CaseReference;
import org.candour.cases.CaseTransitioned;
import org.candour.cases.FeedbackCase;

import org.springframework.stereotype.Component;

/**
 * The cases staff may be told about: synthetic demo cases are demo data, so nobody is
 * emailed about them.
 */
@Component
class NoticeCases {

	private final CaseLookup cases;

	NoticeCases(CaseLookup cases) {
		this.cases = cases;
	}

	/** The case as the transition wrote it (or as stored); empty for a demo case. */
	Optional<FeedbackCase> of(CaseTransitioned transitioned) {
		Optional<FeedbackCase> found = transitioned.written().isPresent() ? transitioned.written()
				: this.cases.find(transitioned.reference());
		return found.filter(feedbackCase -> !this.cases.synthetic(feedbackCase));
	}

	/** Whether the case with this reference is a synthetic demo case. */
	boolean synthetic(String reference) {
		return this.cases.find(new CaseReference(reference)).map(this.cases::synthetic).orElse(Boolean.FALSE);
	}

}
