package org.candour.notifications;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.candour.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The provider a tenant's settings choose, if it can send now. When it cannot (no mail
 * server, no API key), says so once per tenant and reason in the log: the notifications
 * stay pending until it can.
 */
@Component
class MailTransports {

	private static final Logger log = LoggerFactory.getLogger(MailTransports.class);

	private final Map<String, MailTransport> byName;

	private final Set<String> reported = ConcurrentHashMap.newKeySet();

	MailTransports(List<MailTransport> transports) {
		this.byName = transports.stream().collect(Collectors.toMap(MailTransport::name, Function.identity()));
	}

	MailTransport of(NotificationSettings settings) {
		MailTransport transport = this.byName.get(settings.provider());
		if (transport == null) {
			throw new IllegalStateException("No notification provider '" + settings.provider() + "'");
		}
		return transport;
	}

	/** The provider, when it can send for the current tenant now. */
	java.util.Optional<MailTransport> ready(NotificationSettings settings) {
		MailTransport transport = of(settings);
		java.util.Optional<String> problem = transport.unavailable(settings);
		if (problem.isPresent()) {
			String tenant = TenantContext.require().value();
			if (this.reported.add(tenant + " " + problem.get())) {
				log.warn("Notifications of tenant {} are kept pending: {} ({})", tenant, problem.get(),
						transport.name());
			}
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(transport);
	}

}
