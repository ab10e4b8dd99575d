/**
 * Onboarding by configuration pack: resolves a pack (its base packs from the upload or
 * from the packs shipped with Candour), validates it, and deploys it to a tenant as one
 * new configuration version (nothing when the content is unchanged or anything is wrong);
 * creates the tenant from the pack's defaults on request. Uses the definition model,
 * tenancy, configuration store and API conventions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Configuration packs", allowedDependencies = { "api",
		"config", "definition", "definition :: model", "definition :: normal", "definition :: pack", "tenancy" })
package org.candour.packs;
