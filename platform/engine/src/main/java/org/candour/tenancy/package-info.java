/**
 * Tenants (one public body each) and tenant isolation. The current tenant is set once per
 * request from the URL, cleared in {@code finally}, carried to async threads, and applied
 * to every MongoDB read and write by one mechanism: the tenant-scoped database factory,
 * which adds {@code tenantId} to every filter, stamps it on every written document, and
 * routes a siloed tenant to its own database. Uses the API conventions module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy", allowedDependencies = { "api" })
package org.candour.tenancy;
