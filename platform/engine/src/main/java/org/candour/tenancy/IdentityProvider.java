package org.candour.tenancy;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

/**
 * A tenant's own OpenID Connect identity provider (Entra ID, Keycloak, Okta…): its people
 * sign in there, and its tokens are trusted for this tenant only.
 *
 * @param issuerUri the issuer, as in the provider's discovery document and tokens'
 * {@code iss}
 * @param clientId Candour's client id at the provider
 * @param clientSecretEnv the environment variable holding the client secret (none: a
 * public client using PKCE)
 * @param audience bearer tokens must name it in {@code aud} (required; without it, as on
 * tenants configured before it was, no bearer token is accepted); unique among the
 * tenants sharing the issuer
 * @param rolesClaim the claim that carries groups or roles (default {@code groups})
 * @param groupMappings which Candour roles each group gives
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IdentityProvider(String issuerUri, String clientId, String clientSecretEnv, String audience,
		String rolesClaim, List<GroupMapping> groupMappings) {

	public static final String DEFAULT_ROLES_CLAIM = "groups";

	public IdentityProvider {
		groupMappings = groupMappings == null ? List.of() : List.copyOf(groupMappings);
	}

	/** Reads the {@code identityProvider} object of a (schema-checked) request body. */
	static IdentityProvider from(JsonNode body) {
		List<GroupMapping> mappings = new ArrayList<>();
		body.path("groupMappings").forEach(mapping -> {
			List<String> roles = new ArrayList<>();
			mapping.path("roles").forEach(role -> roles.add(role.asString()));
			mappings.add(new GroupMapping(mapping.path("group").asString(), roles));
		});
		return new IdentityProvider(body.path("issuerUri").asString(), body.path("clientId").asString(),
				body.path("clientSecretEnv").asString(null), body.path("audience").asString(null),
				body.path("rolesClaim").asString(null), mappings);
	}

	public String claimOfRoles() {
		return this.rolesClaim == null ? DEFAULT_ROLES_CLAIM : this.rolesClaim;
	}

	/** The Candour roles the given groups (values of the roles claim) give. */
	public List<String> rolesFor(java.util.Collection<String> groups) {
		return this.groupMappings.stream()
			.filter(mapping -> groups.contains(mapping.group()))
			.flatMap(mapping -> mapping.roles().stream())
			.distinct()
			.toList();
	}

	/** A group (or role) at the provider and the Candour roles it gives. */
	public record GroupMapping(String group, List<String> roles) {

		public GroupMapping {
			roles = roles == null ? List.of() : List.copyOf(roles);
		}

	}

}
