/**
 * Open311 GeoReport v2 per tenant ({@code /open311/{tenant}/v2/…}, XML and JSON): the
 * services the active configuration offers (feedback types with {@code open311}), their
 * definitions, requests POSTed by API-key clients that become cases through the case
 * intake, the requests received this way and their state changes as the
 * {@code servicerequestupdates} extension FixMyStreet polls; and the tenant
 * administrators' API of Open311 clients and their keys. Uses API conventions, cases, the
 * active configuration, the definition model and tenancy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open311",
		allowedDependencies = { "api", "cases", "config", "definition :: model", "tenancy" })
package org.candour.open311;
