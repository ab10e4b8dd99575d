/**
 * Demo tenants for the embedded default: deploys the shipped packs as
 * {@code demo-county}, {@code demo-unitary}, {@code demo-ombudsman} and
 * {@code demo-department} if they do not exist yet, and fills each with deterministic
 * synthetic cases, with service survey answers from some residents of closed cases
 * (module surveys). Then learning records with actions in every state and remedies for
 * the upheld closed cases, and risk assessments of some open cases
 * ({@code SyntheticAftercare}, through the learning and remedies modules' services and
 * the case actions, as demo data, so nobody is emailed). On by default only when Candour
 * runs on its embedded MongoDB; {@code candour.demo.enabled} decides otherwise. The
 * generator of synthetic cases ({@code demo.synthetic}, internal to this module; the
 * benchmarks use it too) logs and moves them on through the case services
 * ({@link org.candour.cases.SyntheticCasework}). Each demo tenant's current month is then
 * sampled for quality assurance and most samples scored ({@code SyntheticQa}), so the QA
 * pages are not empty. A tenant of the county council pack gets the shipped import
 * mapping for the sample legacy export ({@code tenant-configs/samples/}). Uses tenancy,
 * imports, packs, cases, learning, remedies, quality assurance, surveys, the
 * configuration store and model, MongoDB settings and API conventions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo tenants",
		allowedDependencies = { "api", "cases", "config", "definition", "definition :: model", "imports", "learning",
				"mongo", "packs", "qa", "remedies", "surveys", "tenancy" })
package org.candour.demo;
