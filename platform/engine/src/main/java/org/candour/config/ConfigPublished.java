package org.candour.config;

import org.candour.tenancy.TenantId;

/**
 * A tenant's configuration version {@code number} became active.
 *
 * @param version the version, compiled (kept by the configuration cache, so the model
 * publishing built is the one the engines run on)
 */
public record ConfigPublished(TenantId tenant, int number, String hash, ConfigVersion version) {

}
