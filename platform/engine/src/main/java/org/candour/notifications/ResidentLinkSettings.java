package org.candour.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code candour.public-url} and {@code candour.tracking.*}: where residents reach
 * Candour, and for how long their tracking links work.
 *
 * @param publicUrl the address residents use, e.g.
 * {@code https://feedback.example.gov.uk} (empty: {@code http://localhost:<port>} of the
 * running server)
 * @param tracking tracking links
 */
@ConfigurationProperties("candour")
record ResidentLinkSettings(String publicUrl, @DefaultValue Tracking tracking) {

	/**
	 * @param validity how long a tracking link sent to a resident works
	 */
	record Tracking(@DefaultValue("400d") Duration validity) {

	}

}
