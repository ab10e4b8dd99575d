package org.candour.inbound;

import java.util.Locale;
import java.util.Optional;

import org.candour.tenancy.TenantContext;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The current tenant's mailbox password, read from the environment variable (or property)
 * named after the tenant, {@code CANDOUR_INBOUND_PASSWORD_DEMO_COUNTY} for
 * {@code demo-county}: never stored, never shown, and out of every other tenant's reach
 * (a tenant that could name any variable could send another tenant's password to a server
 * of its choosing).
 */
@Component
class MailboxPassword {

	private static final String PREFIX = "CANDOUR_INBOUND_PASSWORD_";

	private final Environment environment;

	MailboxPassword(Environment environment) {
		this.environment = environment;
	}

	/**
	 * The variable's name: tenant ids are lower-case letters, digits and single hyphens.
	 */
	String variable() {
		return PREFIX + TenantContext.require().value().toUpperCase(Locale.ROOT).replace('-', '_');
	}

	Optional<String> read() {
		return Optional.ofNullable(this.environment.getProperty(variable()));
	}

}
