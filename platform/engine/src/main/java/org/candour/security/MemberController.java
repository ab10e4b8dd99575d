package org.candour.security;

import java.util.ArrayList;
import java.util.List;

import org.candour.api.Refusal;
import org.candour.api.EndpointRoles;
import org.candour.api.RequestBodies;
import tools.jackson.databind.JsonNode;

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
 * A tenant's members and their roles (base roles by name, custom roles by their role
 * document's id). Callers: TENANT_ADMIN, and PLATFORM_ADMIN (who appoints a new tenant's
 * first administrators). A member is a user of one issuer: the one named
 * ({@code issuer}), else the tenant's own identity provider, else the embedded
 * authorization server.
 */
@RestController
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
@RequestMapping("/api/tenants/{tenant}/members")
class MemberController {

	private final Memberships memberships;

	private final RequestBodies bodies;

	private final Callers callers;

	private final MemberIssuers issuers;

	MemberController(Memberships memberships, RequestBodies bodies, Callers callers, MemberIssuers issuers) {
		this.memberships = memberships;
		this.bodies = bodies;
		this.callers = callers;
		this.issuers = issuers;
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
				strings(body.path("orgUnits")), body.path("email").asString(null), this.callers.name());
	}

	@DeleteMapping("/{user}")
	ResponseEntity<Void> remove(@PathVariable String user, @RequestParam(required = false) String issuer) {
		check(user);
		if (!this.memberships.remove(issuerOf(issuer, false), user, this.callers.name())) {
			throw Refusal.notFound("No member '" + user + "'");
		}
		return ResponseEntity.noContent().build();
	}

	private String issuerOf(String given, boolean forNewMembership) {
		return this.issuers.issuerOf(given, forNewMembership);
	}

	private static void check(String user) {
		if (!MemberIssuers.isUserId(user)) {
			throw Refusal.malformed("/user", "invalid-user", "A user id is 1-200 letters, digits and . _ @ + | : -");
		}
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}

}
