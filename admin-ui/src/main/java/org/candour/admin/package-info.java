/**
 * The administrators' pages. A tenant administrator's pages ({@code /t/{tenant}/admin}):
 * the draft's state in words, the versions published, the problems to fix before
 * publishing, and the feedback types ({@code types}: list, create, copy, change their
 * details, retire, and each type's task list), and the form builder ({@code forms}: a
 * type's form page by page; questions added, changed, moved and deleted; pages added and
 * renamed). Every change is an edit of the draft through the configuration store, saved
 * only if the document is unchanged since the page was loaded; nothing is live until
 * published. Auditors see every page and change nothing. The platform administrator's
 * pages ({@code platform}, {@code /platform}): tenants listed, created (pooled or siloed,
 * from a shipped pack after a dry run), suspended and resumed, packs deployed after a dry
 * run, tenant administrators appointed. Uses the configuration store and model (config,
 * definition), packs, security (memberships), tenancy and the API conventions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin UI", allowedDependencies = { "api", "config",
		"definition", "definition :: model", "definition :: editing", "packs", "security", "tenancy" })
package org.candour.admin;
