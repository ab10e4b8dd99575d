package org.candour.notifications;

import org.candour.cases.FeedbackCase;
import org.candour.config.ConfigVersion;
import org.candour.definition.ConfigDocument;
import org.candour.definition.ConfigKind;
import tools.jackson.databind.JsonNode;

/**
 * What a notification about a case is made from: the case, the configuration version it
 * is pinned to, and its contact details.
 */
record CaseNotice(FeedbackCase feedbackCase, ConfigVersion version, JsonNode contact) {

	JsonNode feedbackTypeSpec() {
		return document(ConfigKind.FEEDBACK_TYPE, this.feedbackCase.current().feedbackType()).spec();
	}

	JsonNode formSpec() {
		return document(ConfigKind.FORM, feedbackTypeSpec().path("form").asString()).spec();
	}

	/** {@code cy} when the resident wrote in Welsh, otherwise {@code en}. */
	String language() {
		return "cy".equals(this.feedbackCase.current().meta().path("language").asString(null)) ? "cy" : "en";
	}

	private ConfigDocument document(ConfigKind kind, String id) {
		return this.version.find(kind.id(), id)
			.orElseThrow(() -> new IllegalStateException(
					"No " + kind.id() + " '" + id + "' in configuration version " + this.version.number()));
	}

}
