package org.candour.notifications;

import org.candour.cases.FeedbackCase;
import org.candour.security.SurveyLinks;
import org.candour.security.TrackingLinks;
import org.candour.tenancy.TenantContext;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The address of a case's tracking page for its resident:
 * {@code {publicUrl}/t/{tenant}/track/{token}}, the token signed by
 * {@link TrackingLinks}; and of its survey once it is closed:
 * {@code {publicUrl}/t/{tenant}/survey/{token}}, signed by {@link SurveyLinks}.
 */
@Component
class TrackingLinkAddresses {

	private final TrackingLinks links;

	private final SurveyLinks surveyLinks;

	private final ResidentLinkSettings settings;

	private final Environment environment;

	private volatile String localBase;

	TrackingLinkAddresses(TrackingLinks links, SurveyLinks surveyLinks, ResidentLinkSettings settings,
			Environment environment) {
		this.links = links;
		this.surveyLinks = surveyLinks;
		this.settings = settings;
		this.environment = environment;
	}

	/**
	 * @param justLogged whether the case was logged by the current request (so nobody can
	 * have revoked its links yet)
	 */
	String linkFor(FeedbackCase feedbackCase, boolean justLogged) {
		String token = justLogged ? this.links.issueForNewCase(feedbackCase) : this.links.issue(feedbackCase);
		return base() + "/t/" + TenantContext.require().value() + "/track/" + token;
	}

	String surveyLinkFor(FeedbackCase feedbackCase) {
		return base() + "/t/" + TenantContext.require().value() + "/survey/" + this.surveyLinks.issue(feedbackCase);
	}

	String base() {
		String configured = this.settings.publicUrl();
		if (StringUtils.hasText(configured)) {
			return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
		}
		String local = this.localBase;
		if (local != null) {
			return local;
		}
		String port = this.environment.getProperty("local.server.port");
		if (port == null) {
			// not listening yet (demo data at start-up): the configured port, looked up
			// again next time
			return "http://localhost:" + this.environment.getProperty("server.port", "8080");
		}
		// the port the server listens on is set once: the environment (a walk through
		// every property source) is read once for it, not once a link
		this.localBase = "http://localhost:" + port;
		return this.localBase;
	}

}
