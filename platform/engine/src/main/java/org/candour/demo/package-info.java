/**
 * Demo tenants for the embedded default: deploys the shipped packs as
 * {@code demo-county}, {@code demo-unitary}, {@code demo-ombudsman} and
 * {@code demo-department} if they do not exist yet, and fills each with deterministic
 * synthetic cases through the case services. On by default only when Candour runs on its
 * embedded MongoDB; {@code candour.demo.enabled} decides otherwise. Uses tenancy, packs
 * and cases.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo tenants",
		allowedDependencies = { "cases", "mongo", "packs", "tenancy" })
package org.candour.demo;
