package org.candour.tenancy;

/** A tenant was registered. */
public record TenantCreated(TenantId tenant, Isolation isolation) {

}
