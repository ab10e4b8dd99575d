package org.candour.tenancy;

/** A tenant's name, kind, division, status or identity provider was changed. */
public record TenantUpdated(TenantId tenant) {

}
