package org.candour.inbound;

import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import tools.jackson.databind.JsonNode;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tenant's inbound mailbox: its settings (never the password), what the last poll did
 * and how many messages came to each outcome; a poll on demand.
 */
@RestController
class MailboxController {

	private static final String PATH = "/api/tenants/{tenant}/inbound-mailbox";

	private final InboundMailboxes mailboxes;

	MailboxController(InboundMailboxes mailboxes) {
		this.mailboxes = mailboxes;
	}

	@GetMapping(PATH)
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR })
	MailboxStatus read() {
		return this.mailboxes.status().orElseThrow(() -> Refusal.notFound("No inbound mailbox is set up"));
	}

	@PutMapping(PATH)
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	MailboxStatus replace(@RequestBody JsonNode body) {
		return this.mailboxes.replace(body);
	}

	@PostMapping(PATH + "/poll")
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	PollSummary poll() {
		return this.mailboxes.pollNow()
			.orElseThrow(() -> Refusal.notFound("No inbound mailbox is set up, or it is switched off"));
	}

}
