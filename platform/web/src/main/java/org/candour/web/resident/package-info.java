/**
 * Resident pages: a public feedback type's form rendered from its JSON Schema and UI
 * hints by the shared form renderer ({@code web.forms}), answers kept in the session
 * ({@link org.candour.web.resident.FeedbackJourney}) until the case is logged through
 * {@link org.candour.cases.CaseIntake}. The same pages ({@link JourneyPages}) preview a
 * feedback type's draft form ({@link DraftPreviewController} for administrators,
 * {@link ColleaguePreviewController} for a colleague with a signed link), marked
 * "Preview", storing and sending nothing.
 */
package org.candour.web.resident;
