package org.candour.web.resident;

import jakarta.servlet.http.HttpSession;

/**
 * Where one way through a form's pages lives: a resident's journey through the active
 * form of a public feedback type, or a preview of a type's draft form (for an
 * administrator, or a colleague with a preview link), whose answers are kept apart in the
 * session, whose files are never taken, and which ends at check your answers with nothing
 * sent.
 *
 * @param tenant the tenant
 * @param type the feedback type
 * @param base where its pages live ({@code base + "/page/1"}, {@code base + "/check"})
 * @param startUrl where "Back" from its first page goes
 * @param preview whether it previews the draft
 */
record JourneyRoute(String tenant, String type, String base, String startUrl, boolean preview) {

	/** A resident's journey through a public feedback type's active form. */
	static JourneyRoute resident(String tenant, String type) {
		return new JourneyRoute(tenant, type, FeedbackJourney.path(tenant, type), "/t/" + tenant + "/feedback", false);
	}

	/** A preview of a feedback type's draft form whose pages live under {@code base}. */
	static JourneyRoute preview(String tenant, String type, String base) {
		return new JourneyRoute(tenant, type, base, base, true);
	}

	/** Its answers in {@code session}, started if need be. */
	FeedbackJourney journey(HttpSession session) {
		return FeedbackJourney.ofKey(session, key());
	}

	/** Its answers in {@code session}, or null. */
	FeedbackJourney find(HttpSession session) {
		return (FeedbackJourney) session.getAttribute(key());
	}

	private String key() {
		return this.preview ? FeedbackJourney.previewKey(this.tenant, this.type)
				: FeedbackJourney.key(this.tenant, this.type);
	}

}
