package org.candour.tenancy;

import tools.jackson.databind.JsonNode;

/**
 * The command to register a tenant.
 *
 * @param id tenant id (also its URL segment)
 * @param name the authority's name
 * @param kind what kind of body it is
 * @param division the bank holidays it follows
 * @param status {@value Tenant#ACTIVE} unless said otherwise
 * @param isolation {@code pooled} or {@code siloed}
 * @param identityProvider its own identity provider, or null
 */
public record NewTenant(String id, String name, String kind, String division, String status, String isolation,
		IdentityProvider identityProvider) {

	public NewTenant {
		status = (status != null) ? status : Tenant.ACTIVE;
		isolation = (isolation != null) ? isolation : "pooled";
	}

	/** A pooled, active tenant without its own identity provider. */
	public NewTenant(String id, String name, String kind, String division) {
		this(id, name, kind, division, null, null, null);
	}

	/** Reads a request body checked against the {@code tenant} schema. */
	static NewTenant read(JsonNode body) {
		return new NewTenant(body.path("id").asString(), body.path("name").asString(), body.path("kind").asString(),
				body.path("division").asString(), body.path("status").asString(null),
				body.path("isolation").asString(null),
				body.path("identityProvider").isObject() ? IdentityProvider.from(body.path("identityProvider")) : null);
	}

}
