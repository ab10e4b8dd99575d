/**
 * The officer's case screen and what is done from it: the case with its form data,
 * contact details, clocks, timeline and verification; the workflow's actions, each with
 * its input form rendered from the action's input schema by the shared form renderer
 * ({@code web.forms}); editing form data where the state allows it; notes and links;
 * triage in one step; legal hold; redacting one answer with a reason (tenant
 * administrators, through the privacy module); and logging a case on behalf of a
 * resident. Every form carries the case version it was rendered from, so a change by
 * someone else is shown, never overwritten.
 */
package org.candour.web.officer.casework;
