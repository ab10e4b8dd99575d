package org.candour.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.candour.api.EndpointRoles;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The demo users of the embedded authorization server, for local use only: for each demo
 * tenant one user per tenant role ({@code officer@demo-county}, …) and the platform
 * administrator {@value #PLATFORM_ADMIN}, all with the configured demo password. Outside
 * the demo there is no password and so no user.
 */
class DemoAccounts implements UserDetailsService {

	static final String PLATFORM_ADMIN = "admin@candour";

	static final List<String> TENANTS = List.of("demo-county", "demo-unitary", "demo-ombudsman", "demo-department");

	private static final List<Account> ROLES = List.of(new Account("tenant-admin", EndpointRoles.TENANT_ADMIN),
			new Account("manager", EndpointRoles.MANAGER), new Account("officer", EndpointRoles.OFFICER),
			new Account("investigator", EndpointRoles.INVESTIGATOR), new Account("auditor", EndpointRoles.AUDITOR),
			new Account("equality-analyst", EndpointRoles.EQUALITY_ANALYST),
			new Account("data-protection", EndpointRoles.DATA_PROTECTION));

	private final String encodedPassword;

	DemoAccounts(Optional<String> password) {
		this.encodedPassword = password.map(PasswordEncoderFactories.createDelegatingPasswordEncoder()::encode)
			.orElse(null);
	}

	/** The demo users of one demo tenant, each with its one role. */
	static List<Account> of(String tenant) {
		if (!TENANTS.contains(tenant)) {
			return List.of();
		}
		return ROLES.stream().map(account -> new Account(account.name() + "@" + tenant, account.role())).toList();
	}

	static List<String> usernames() {
		List<String> names = new ArrayList<>();
		names.add(PLATFORM_ADMIN);
		TENANTS.forEach(tenant -> of(tenant).forEach(account -> names.add(account.name())));
		return names;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return Optional.ofNullable(username)
			.filter(name -> this.encodedPassword != null && usernames().contains(name))
			.map(name -> User.withUsername(name).password(this.encodedPassword).roles("USER").build())
			.orElseThrow(() -> new UsernameNotFoundException("No demo user " + username));
	}

	/** A demo user and the role it holds in its tenant. */
	record Account(String name, String role) {

		/**
		 * The demo user's email address for staff notifications:
		 * {@code officer@demo-county.candour.local}.
		 */
		String email() {
			return this.name + ".candour.local";
		}

	}

}
