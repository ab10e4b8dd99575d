/**
 * The administrators' pages. A tenant administrator's pages ({@code /t/{tenant}/admin}):
 * the draft's state in words, the versions published, the problems to fix before
 * publishing, and the feedback types ({@code types}: list, create, copy, change their
 * details, retire, and each type's task list), the notification templates
 * ({@code templates}: list, create, edit per language with placeholders, preview with a
 * sample case), the branding of the public pages ({@code branding}) and the code lists
 * ({@code codelists}: values, what uses them, deletion refused while in use). Every
 * change is an edit of the draft through the configuration store, saved only if the
 * document is unchanged since the page was loaded; nothing is live until published.
 * Auditors see every page and change nothing. The platform administrator's home page
 * lists the tenants. Uses the configuration store and model (config, definition),
 * tenancy, the API conventions, the working-day calendar (sample due dates) and
 * notifications (which provider a tenant sends through).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin UI", allowedDependencies = { "api", "calendar",
		"config", "definition", "definition :: model", "notifications", "tenancy" })
package org.candour.admin;
