package org.candour.inbound;

import java.util.List;

import org.candour.tenancy.TenantCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tenant-owned collections of inbound email: the mailbox settings (one document per
 * tenant) and one record per message read, under an id derived from the message.
 */
@Configuration(proxyBeanMethods = false)
class InboundCollections {

	static final String MAILBOXES = "inbound_mailboxes";

	static final String MESSAGES = "inbound_messages";

	@Bean
	TenantCollection inboundMailboxesCollection() {
		return new TenantCollection(MAILBOXES, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id")));
	}

	@Bean
	TenantCollection inboundMessagesCollection() {
		return new TenantCollection(MESSAGES, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id")));
	}

}
