package org.candour.config;

import org.candour.tenancy.TenantId;

/** A tenant's configuration version {@code number} became active. */
public record ConfigPublished(TenantId tenant, int number, String hash) {

}
