package org.candour.inbound;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code candour.inbound.*}.
 *
 * @param poll how long to wait between polls of every tenant's mailbox
 * @param scheduling whether the polls run by themselves (tests poll directly)
 * @param maxPerPoll the most messages one poll reads from a mailbox; the rest wait for
 * the next
 * @param timeout how long a connection to a mailbox may take, and each read from it
 * @param allowedHosts the mail servers tenants may name (case-insensitive); empty: any
 */
@ConfigurationProperties("candour.inbound")
record InboundSettings(@DefaultValue("PT1M") Duration poll, @DefaultValue("true") boolean scheduling,
		@DefaultValue("100") int maxPerPoll, @DefaultValue("PT30S") Duration timeout, @DefaultValue( {
		}) List<String> allowedHosts){

	boolean allows(String host) {
		return this.allowedHosts.isEmpty()
				|| this.allowedHosts.stream().anyMatch(allowed -> allowed.strip().equalsIgnoreCase(host));
	}

}
