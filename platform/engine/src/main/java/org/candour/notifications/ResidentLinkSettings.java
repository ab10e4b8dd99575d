package org.candour.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code candour.public-url}: where residents reach Candour (how long their tracking
 * links work is {@code candour.tracking.validity}, kept by the security module).
 *
 * @param publicUrl the address residents use, e.g.
 * {@code https://feedback.example.gov.uk} (empty: {@code http://localhost:<port>} of the
 * running server)
 */
@ConfigurationProperties("candour")
record ResidentLinkSettings(String publicUrl) {

}
