package org.candour.inbound;

import org.candour.tenancy.ActiveTenants;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls every active tenant's mailbox every {@code candour.inbound.poll} (a minute by
 * default), one tenant after another; a tenant's failure does not stop the others.
 */
@Component
class MailboxPolls {

	private final ActiveTenants tenants;

	private final MailboxPoller poller;

	private final InboundSettings settings;

	MailboxPolls(ActiveTenants tenants, MailboxPoller poller, InboundSettings settings) {
		this.tenants = tenants;
		this.poller = poller;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${candour.inbound.poll:PT1M}", initialDelayString = "${candour.inbound.poll:PT1M}")
	void scheduledTick() {
		if (this.settings.scheduling()) {
			this.tenants.each("Inbound email", this.poller::poll);
		}
	}

}
