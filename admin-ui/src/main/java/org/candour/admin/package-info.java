/**
 * The administrators' pages. A tenant administrator's pages ({@code /t/{tenant}/admin}):
 * the draft's state in words, the versions published, the problems to fix before
 * publishing, and the feedback types ({@code types}: list, create, copy, change their
 * details, retire, and each type's task list), the form builder ({@code forms}: a type's
 * form page by page; questions added, changed, copied, moved and deleted, with their
 * kind's settings, error messages, conditions as rows and Welsh; pages added, renamed,
 * moved, copied and deleted; its preview is the web module's resident pages, linked from
 * here), the notification templates ({@code templates}: list, create, edit per language
 * with placeholders, preview with a sample case), the branding of the public pages
 * ({@code branding}), the code lists ({@code codelists}: values, what uses them, deletion
 * refused while in use), the report definitions ({@code reports}: details, groupings and
 * figures, previewed on live data by the reporting engine before publishing), check and
 * publish ({@code publish}: changes in words, publish, the two-person rule, versions) and
 * the JSON view ({@code documents}: every document as JSON; the draft or a published
 * version downloaded as a configuration pack, a pack imported into the draft after a dry
 * run in words). Every change is an edit of the draft through the configuration store,
 * saved only if the document is unchanged since the page was loaded; nothing is live
 * until published. Auditors see every page and change nothing. The platform
 * administrator's pages ({@code platform}, {@code /platform}): tenants listed, created
 * (pooled or siloed, from a shipped pack after a dry run), suspended and resumed, packs
 * deployed after a dry run, tenant administrators appointed. The organisation structure
 * ({@code organisation}: the tree on any date, units added, renamed and closed,
 * restructures) counts and moves open cases through the cases module's
 * {@code CaseRestructures}. Uses the configuration store and model (config, definition;
 * its normaliser to read a form's questions as residents meet them, code lists expanded),
 * packs, security (memberships), tenancy, the API conventions, the working-day calendar
 * and the clock arithmetic of workflows (sample due dates, the timescales' worked
 * example), imports (existing caseloads brought in), retention (the disposal dry run and
 * log), privacy (subject access, erasure and the privacy log), inbound (the tenant's
 * mailbox), notifications (which provider a tenant sends through), attachments (the
 * platform's upload limits a file question may narrow), the web module's
 * {@code OversizedPosts} (a pack zip larger than the server takes, back on the import
 * page), and Open311 (the clients of the endpoint and their keys).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin UI",
		allowedDependencies = { "api", "attachments", "calendar", "cases", "config", "definition",
				"definition :: model", "definition :: editing", "definition :: normal", "imports", "inbound",
				"notifications", "open311", "packs", "privacy", "reports", "reports :: output", "retention", "security",
				"tenancy", "web", "workflow" })
package org.candour.admin;
