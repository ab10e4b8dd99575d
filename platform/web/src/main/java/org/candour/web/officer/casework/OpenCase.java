package org.candour.web.officer.casework;

import java.time.ZoneId;
import java.util.Locale;

import org.candour.calendar.CalendarSpec;
import org.candour.cases.CaseConfiguration;
import org.candour.cases.FeedbackCase;
import org.candour.definition.ConfigKind;
import org.candour.definition.model.State;
import org.candour.web.forms.FieldKinds;
import org.candour.web.forms.LocalText;
import org.candour.web.officer.OrgUnits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

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

	/**
	 * What a state means, for officers, in the reader's language; null when not given.
	 */
	String stateDescription(String stateId) {
		State state = stateId == null ? null : this.configuration.workflow().states().get(stateId);
		return state == null ? null : LocalText.of(state.description(), this.locale);
	}

	/** The tenant's time zone, from the calendar the case runs on. */
	ZoneId zone() {
		return this.configuration.calendar() == null ? CalendarSpec.LONDON
				: this.configuration.calendar().spec().zone();
	}

	/**
	 * A code's label in one of the configuration's code lists, else the code in words.
	 */
	String codeLabel(String codeList, String code) {
		if (code == null) {
			return null;
		}
		return this.configuration.version()
			.model()
			.codeList(codeList)
			.flatMap(list -> list.code(code))
			.map(value -> LocalText.of(value.label(), this.locale, code))
			.orElseGet(() -> FieldKinds.humanise(code));
	}

	/** The title of a document of the configuration (a feedback type, a workflow). */
	String title(ConfigKind kind, String id) {
		return id == null ? null
				: this.configuration.version()
					.find(kind.id(), id)
					.map(document -> LocalText.of(document.title(), this.locale, id))
					.orElse(FieldKinds.humanise(id));
	}

	boolean editable() {
		State state = this.configuration.workflow().states().get(this.feedbackCase.current().state());
		return state != null && state.editableData();
	}

	String screenUrl() {
		return org.candour.web.officer.OfficerPaths.caseScreen(this.tenant, reference());
	}

}
