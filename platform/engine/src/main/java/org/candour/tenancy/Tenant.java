package org.candour.tenancy;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A public body using Candour.
 *
 * @param id slug used in URLs
 * @param name display name
 * @param kind council, ombudsman, government-department or other
 * @param division england-and-wales, scotland or northern-ireland: whose bank holidays
 * apply
 * @param status active or suspended
 * @param isolation pooled or siloed
 * @param identityProvider the tenant's own sign-in provider, if any
 */
@Document(PlatformCollections.TENANTS)
public record Tenant(@Id String id, String name, String kind, String division, String status, String isolation,
		Instant createdAt, Instant updatedAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) IdentityProvider identityProvider,
		@JsonIgnore @Version Long version) {

	@PersistenceCreator
	public Tenant {
	}

	/** A tenant without its own identity provider. */
	public Tenant(String id, String name, String kind, String division, String status, String isolation,
			Instant createdAt, Instant updatedAt, Long version) {
		this(id, name, kind, division, status, isolation, createdAt, updatedAt, null, version);
	}

	public static final String ACTIVE = "active";

	public static final String SUSPENDED = "suspended";

	@JsonIgnore
	public boolean suspended() {
		return SUSPENDED.equals(this.status);
	}

	@JsonIgnore
	public CurrentTenant asCurrent() {
		return new CurrentTenant(new TenantId(this.id),
				"siloed".equals(this.isolation) ? Isolation.SILOED : Isolation.POOLED);
	}

}
