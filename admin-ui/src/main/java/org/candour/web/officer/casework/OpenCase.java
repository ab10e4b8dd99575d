package org.candour.web.officer.casework;

import java.util.Locale;

import org.candour.cases.CaseConfiguration;
import org.candour.cases.FeedbackCase;
import org.candour.web.officer.OrgUnits;
import org.candour.web.resident.LocalText;
import org.candour.workflow.State;

/**
 * A case as read for one page: the case, the configuration it is pinned to, its form, its
 * org structure, and the reader's language.
 */
record OpenCase(String tenant, FeedbackCase feedbackCase, CaseConfiguration configuration, CaseForms.CaseForm form,
		OrgUnits orgUnits, Locale locale) {

	String reference() {
		return this.feedbackCase.reference();
	}

	long version() {
		return this.feedbackCase.version();
	}

	String stateLabel(String stateId) {
		if (stateId == null) {
			return null;
		}
		State state = this.configuration.workflow().states().get(stateId);
		String label = state == null ? null : LocalText.of(state.label(), this.locale);
		return label == null ? stateId : label;
	}

	boolean editable() {
		State state = this.configuration.workflow().states().get(this.feedbackCase.current().state());
		return state != null && state.editableData();
	}

	String screenUrl() {
		return org.candour.web.officer.OfficerPaths.caseScreen(this.tenant, reference());
	}

}
