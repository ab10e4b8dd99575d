/**
 * Security: who may do what, in which tenant. APIs take JWT access tokens from the
 * embedded authorization server (demo users and the {@code candour-cli} client, on by
 * default in the embedded run; outside it only the client, with the operator's secret),
 * from the tenant's own OpenID Connect provider, or from the platform's; people sign in
 * with OIDC (authorization code + PKCE) per tenant. Every handler's
 * {@link org.candour.api.EndpointRoles} is enforced in one interceptor against the
 * caller's roles in the tenant of the URL (tenant memberships, or the tenant provider's
 * group mapping); investigators are confined to their org units. Also: CSRF, security
 * headers and rate limits for the web, a tenant-scoped security log, and signed, expiring
 * tracking links for residents. Uses the API conventions, tenancy, MongoDB connectivity
 * and cases (case references and the investigator scope it implements).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
		allowedDependencies = { "api", "cases", "config", "definition :: model", "mongo", "tenancy" })
package org.candour.security;
