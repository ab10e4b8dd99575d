package org.candour.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.api.EndpointRoles;
import org.candour.api.RequestBodies;
import org.candour.tenancy.IdentityProvider;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantDirectory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tenant's members and their roles. Roles: TENANT_ADMIN, and PLATFORM_ADMIN (who
 * appoints a new tenant's first administrators). A member is a user of one issuer: the
 * one named ({@code issuer}), else the tenant's own identity provider, else the embedded
 * authorization server.
 */
@RestController
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
@RequestMapping("/api/tenants/{tenant}/members")
class MemberController {

	private static final Pattern USER = Pattern.compile("^[A-Za-z0-9._@+|:-]{1,200}$");

	private final Memberships memberships;

	private final RequestBodies bodies;

	private final Callers callers;

	private final TenantDirectory directory;

	private final ObjectProvider<EmbeddedIssuer> embedded;

	MemberController(Memberships memberships, RequestBodies bodies, Callers callers, TenantDirectory directory,
			ObjectProvider<EmbeddedIssuer> embedded) {
		this.memberships = memberships;
		this.bodies = bodies;
		this.callers = callers;
		this.directory = directory;
		this.embedded = embedded;
	}

	@GetMapping
	List<Membership> list() {
		return this.memberships.list();
	}

	@PutMapping("/{user}")
	Membership put(@PathVariable String user, @RequestBody JsonNode body) {
		check(user);
		this.bodies.require("member", body);
		String issuer = body.path("issuer").asString(null);
		return this.memberships.put(issuerOf(issuer, true), user, strings(body.path("roles")),
				strings(body.path("orgUnits")), this.callers.name());
	}

	@DeleteMapping("/{user}")
	ResponseEntity<Void> remove(@PathVariable String user, @RequestParam(required = false) String issuer) {
		check(user);
		if (!this.memberships.remove(issuerOf(issuer, false), user, this.callers.name())) {
			throw Refusal.notFound("No member '" + user + "'");
		}
		return ResponseEntity.noContent().build();
	}

	/**
	 * The issuer of a membership ({@code null}: the embedded server). New memberships may
	 * only be for the tenant's provider or the embedded server; old ones of a provider
	 * the tenant has since left may still be removed.
	 */
	private String issuerOf(String given, boolean forNewMembership) {
		IdentityProvider provider = this.directory.find(TenantContext.require().value())
			.map(Tenant::identityProvider)
			.orElse(null);
		EmbeddedIssuer own = this.embedded.getIfAvailable();
		if (given == null) {
			if (provider != null) {
				return provider.issuerUri();
			}
			if (own != null) {
				return null;
			}
		}
		else if (own != null && own.issued(given)) {
			return null;
		}
		else if (!forNewMembership || provider != null && provider.issuerUri().equals(given)) {
			return given;
		}
		throw Refusal.rulesBroken("No such issuer for this tenant",
				List.of(new ApiError("/issuer", "unknown-issuer", "Members are users of the tenant's identity provider"
						+ (own != null ? " or of the embedded authorization server (" + own.value() + ")" : ""))));
	}

	private static void check(String user) {
		if (!USER.matcher(user).matches()) {
			throw Refusal.malformed("/user", "invalid-user", "A user id is 1-200 letters, digits and . _ @ + | : -");
		}
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}

}
