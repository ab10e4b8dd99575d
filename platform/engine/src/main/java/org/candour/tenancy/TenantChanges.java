package org.candour.tenancy;

import tools.jackson.databind.JsonNode;

/**
 * The command to change a tenant, with merge-patch semantics: a null member keeps what
 * the tenant has.
 *
 * @param id the tenant to change
 * @param name new name, or null
 * @param kind new kind, or null
 * @param division new division, or null
 * @param status new status, or null
 * @param changesIdentityProvider whether the identity provider changes (to
 * {@code identityProvider}, null removing it)
 * @param identityProvider the new identity provider
 */
public record TenantChanges(String id, String name, String kind, String division, String status,
		boolean changesIdentityProvider, IdentityProvider identityProvider) {

	/** Reads a request body checked against the {@code tenant-patch} schema. */
	static TenantChanges read(String id, JsonNode changes) {
		JsonNode provider = changes.path("identityProvider");
		return new TenantChanges(id, changes.path("name").asString(null), changes.path("kind").asString(null),
				changes.path("division").asString(null), changes.path("status").asString(null),
				changes.has("identityProvider"), provider.isObject() ? IdentityProvider.from(provider) : null);
	}

}
