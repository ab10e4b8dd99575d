/**
 * Configuration store of each tenant: a draft set of documents (create, replace, delete,
 * validate), immutable numbered versions published atomically (version written
 * completely, then the active-version pointer moved by one conditional update), a hash
 * chain over versions, diff and rollback, and the one cache of compiled configurations
 * (keyed by tenant and version) that the engines and pages read. Uses the definition
 * model, tenancy and the API conventions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Configuration store",
		allowedDependencies = { "api", "definition", "definition :: model", "tenancy" })
package org.candour.config;
