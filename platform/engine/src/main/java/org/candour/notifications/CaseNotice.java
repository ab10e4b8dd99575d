package org.candour.notifications;

import org.candour.cases.FeedbackCase;
import org.candour.config.ConfigVersion;
import org.candour.definition.ConfigKind;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.Form;
import tools.jackson.databind.JsonNode;

/**
 * What a notification about a case is made from: the case, the configuration version it
 * is pinned to, and its contact details.
 *
 * @param justLogged whether the case was logged by the request that sends the notice
 */
record CaseNotice(FeedbackCase feedbackCase, ConfigVersion version, JsonNode contact, boolean justLogged) {

	CaseNotice(FeedbackCase feedbackCase, ConfigVersion version, JsonNode contact) {
		this(feedbackCase, version, contact, false);
	}

	FeedbackType feedbackType() {
		String id = this.feedbackCase.current().feedbackType();
		return this.version.model().feedbackType(id).orElseThrow(() -> missing(ConfigKind.FEEDBACK_TYPE, id));
	}

	Form form() {
		String id = feedbackType().form();
		return this.version.model().form(id).orElseThrow(() -> missing(ConfigKind.FORM, id));
	}

	/** {@code cy} when the resident wrote in Welsh, otherwise {@code en}. */
	String language() {
		return "cy".equals(this.feedbackCase.current().meta().path("language").asString(null)) ? "cy" : "en";
	}

	private IllegalStateException missing(ConfigKind kind, String id) {
		return new IllegalStateException(
				"No " + kind.id() + " '" + id + "' in configuration version " + this.version.number());
	}

}
