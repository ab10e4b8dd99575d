package org.candour.web.officer.casework;

import java.util.List;

/**
 * Everything the case screen shows, in the order it shows it.
 *
 * @param reference the case reference
 * @param version the version the screen was rendered from (carried by every form)
 * @param title the feedback type
 * @param state the state's label
 * @param stateMeaning what the state means, for officers (its description), or null
 * @param closed whether the case is closed
 * @param summary the summary panel
 * @param clocks the clocks with due dates, pauses, extensions and status
 * @param actions what the signed-in officer may do now
 * @param triageUrl the triage screen, when the case is waiting for triage
 * @param data the form data, page by page
 * @param recorded the staff-only questions (fields of the form's schema no page asks:
 * recorded by actions or by officers), or null when the form has none
 * @param outcome the outcome recorded by actions
 * @param contact contact details, or null when the officer's roles may not see them
 * @param timeline the history, newest first
 * @param verification what the hash chain check found
 * @param links linked cases
 * @param notes internal notes, newest first
 * @param panels attachments and notifications (from other modules, when present)
 * @param mayNote whether the officer may add notes
 * @param mayLink whether the officer may link cases
 * @param mayAddFile whether the officer may add files (the roles that work cases)
 * @param risk the risk assessment's notice, or null
 * @param legalHold whether the case is on legal hold, and whether the officer may change
 * it
 * @param mayRedact whether the officer may redact the case's answers
 */
record CaseScreen(String reference, long version, String title, String state, String stateMeaning, boolean closed,
		List<Row> summary, List<ClockView> clocks, List<ActionButton> actions, String triageUrl, List<DataSection> data,
		RecordedSection recorded, List<Row> outcome, List<Row> contact, List<TimelineItem> timeline,
		Verification verification, List<LinkView> links, List<TimelineItem> notes, List<CasePanel> panels,
		boolean mayNote, boolean mayLink, boolean mayAddFile, RiskNotice risk, LegalHoldView legalHold,
		boolean mayRedact) {

	/** A label and a value; {@code id} anchors it (e.g. {@code data-service}). */
	/**
	 * What the case's risk assessment says ({@code meta.risk}), for the notice under the
	 * case's state.
	 *
	 * @param flags the labels of the high-risk flags recorded, joined; null when none
	 * @param category the label of the risk category
	 * @param assessed when and by whom it was assessed, in words
	 * @param reassess whether case data changed after the assessment
	 * @param changed the data fields changed since, joined
	 */
	record RiskNotice(String flags, String category, String assessed, boolean reassess, String changed) {
	}

	/**
	 * Legal hold ({@code meta.legalHold}): a held case is never disposed of at the end of
	 * its retention period.
	 *
	 * @param held whether the case is on hold
	 * @param since when and by whom it was put on hold or taken off, in words; null when
	 * never
	 * @param mayChange whether the officer may put it on hold or take it off
	 */
	record LegalHoldView(boolean held, String since, boolean mayChange) {
	}

	record Row(String id, String label, String value) {
	}

	/** One page of the form, read-only, with where to change it when the state allows. */
	record DataSection(int number, String title, List<Row> rows, String editUrl) {
	}

	/**
	 * Every staff-only question, read-only (a row's value is null when nothing is
	 * recorded), with where to record them when the state allows.
	 */
	record RecordedSection(List<Row> rows, String editUrl) {
	}

	/**
	 * A workflow action as a button: a link to its input form, or (when it asks for
	 * nothing) a form that takes it at once.
	 */
	record ActionButton(String action, String label, String url, boolean direct, boolean warning) {
	}

	/** A linked case. */
	record LinkView(String relation, String reference, String url) {
	}

	/** The outcome of recomputing the history's hash chain. */
	record Verification(boolean valid, int entries, Integer firstBroken, String problem) {
	}

}
