/**
 * The pages residents and officers use (Thymeleaf; module {@code platform/web}): the
 * landing page and the resident pages ({@code resident}): giving feedback from each
 * tenant's configuration (start page, form pages, contact details, check your answers,
 * confirmation) in English and Welsh. Configured forms are rendered, read, checked and
 * their refusals by the engine explained by one form renderer ({@code forms}, one
 * fragment per field kind) that the resident pages and the officer workspace share, and
 * that other modules may use as the named interface {@code web :: forms}. The same
 * resident pages preview a feedback type's draft form in the draft's branding, for
 * administrators and for a colleague with a signed preview link (security's
 * {@code PreviewLinks}). Uses tenancy, config (the active configuration, and the draft
 * for previews), cases (logging a case), attachments (a resident's files) and api
 * ({@code EndpointRoles}, problems). The officer workspace's queues
 * ({@code officer.queues}) also use the cases' queue reads and bulk actions, the workflow
 * and calendar models, and the security module's memberships. Also the staff sign-in page
 * ({@code signin}, for the embedded authorization server, in the branding of the tenant
 * being signed in to, from security's {@code SignInTenant}), the error pages of every
 * refused page request ({@code errors}), and sessions that end ({@code sessions}: the
 * timeout warning, keeping a session going, ending it; a resident's answers are kept
 * beyond the session with journeys' saved answers). Managers' report pages
 * ({@code officer.reports}: run a report, follow its run, read and download its outputs,
 * publish it) and the manager dashboard ({@code officer.dashboard}) use the reports
 * module and its outputs. The learning pages ({@code officer.learning}: the learning
 * register, a record and its action plan, recording learning from a case, actions due)
 * use the learning module's {@code LearningPlans}; the case screen's remedies panel and
 * the remedies pages of a case ({@code officer.remedies}: the list, proposing, approving
 * within the delegated limit, declining, recording a payment) use the remedies module
 * ({@code RemedySummaries}, {@code RemedyPlans}). The dashboard's service standards and
 * each standard's drill-down page ({@code officer.standards}) use the standards module.
 * The resident pages of the service survey and equality monitoring (a closed case's
 * signed survey link, offered also on its tracking page) use the surveys module's
 * {@code ServiceSurveys}; the staff pages of the survey's figures
 * ({@code officer.surveys}: satisfaction results, equality profile) its
 * {@code SurveyFigures}. Redacting a case's answer from the case screen uses the privacy
 * module's {@code Erasure}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web pages",
		allowedDependencies = { "api", "attachments", "calendar", "cases", "config", "definition",
				"definition :: model", "journeys", "learning", "notifications", "privacy", "qa", "queues", "remedies",
				"reports", "reports :: output", "security", "standards", "surveys", "tenancy", "workflow" })
package org.candour.web;
