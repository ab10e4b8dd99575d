package org.candour.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code candour.resident.find-case.*}: how often residents may ask for a new tracking
 * link by reference and email address or postcode ("Find your feedback"), so that the
 * page cannot be used to guess whose case is whose.
 *
 * @param perReference attempts allowed for one case reference (of one tenant) per
 * {@code period}, whoever makes them
 * @param perClient attempts allowed from one client (IP address; IPv6 by its /64) per
 * {@code period}, whatever the reference
 * @param period the time in which the attempts are given back
 */
@ConfigurationProperties("candour.resident.find-case")
public record FindCaseSettings(@DefaultValue("5") int perReference, @DefaultValue("10") int perClient,
		@DefaultValue("1h") Duration period) {

}
