/**
 * The administrators' pages. For now only the tenant administrator's and the platform
 * administrator's home pages, which say what they can do today (the API and configuration
 * packs); the configuration editors are still to be built here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin UI", allowedDependencies = { "api", "tenancy" })
package org.candour.admin;
