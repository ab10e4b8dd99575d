package org.candour.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.candour.api.ApiException;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * A tenant's members and their roles. Roles: TENANT_ADMIN, and PLATFORM_ADMIN (who
 * appoints a new tenant's first administrators).
 */
@RestController
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
@RequestMapping("/api/tenants/{tenant}/members")
class MemberController {

	private static final Pattern USER = Pattern.compile("^[A-Za-z0-9._@+|:-]{1,200}$");

	private final Memberships memberships;

	private final RequestBodies bodies;

	private final Callers callers;

	MemberController(Memberships memberships, RequestBodies bodies, Callers callers) {
		this.memberships = memberships;
		this.bodies = bodies;
		this.callers = callers;
	}

	@GetMapping
	List<Membership> list() {
		return this.memberships.list();
	}

	@PutMapping("/{user}")
	Membership put(@PathVariable String user, @RequestBody JsonNode body) {
		check(user);
		this.bodies.require("member", body);
		return this.memberships.put(user, strings(body.path("roles")), strings(body.path("orgUnits")),
				this.callers.name());
	}

	@DeleteMapping("/{user}")
	ResponseEntity<Void> remove(@PathVariable String user) {
		check(user);
		if (!this.memberships.remove(user, this.callers.name())) {
			throw ApiException.notFound("No member '" + user + "'");
		}
		return ResponseEntity.noContent().build();
	}

	private static void check(String user) {
		if (!USER.matcher(user).matches()) {
			throw ApiException.badRequest("/user", "invalid-user",
					"A user id is 1-200 letters, digits and . _ @ + | : -");
		}
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}

}
