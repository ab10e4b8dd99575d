package org.candour.definition.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a report counts ({@code spec.source}): the cases (the default), or one of the
 * stores of learning, quality assurance, service standards and the service survey. Each
 * source says which fields a dimension, measure, filter or {@code where} may name, what
 * its period is by, which measure types it counts, whether a figure drills down to cases,
 * whether its figures are suppressed as the survey module suppresses them (always, not
 * only when published), and whether only the readers of equality data may run and read
 * it.
 */
public enum ReportSource {

	/** The cases (fields: see the report meta-schema); period by received date. */
	CASES("cases", "receivedOn", Set.of(), true, false, false, true),

	/** One row per learning record; period by the day it was recorded. */
	LEARNING_RECORDS("learning-records", "createdOn",
			Set.of("learning", "theme", "orgUnit", "directorate", "service", "status", "open", "overdue", "publishable",
					"actions", "actionsOverdue", "actionsFinished", "cases"),
			false, false, false, true),

	/** One row per action of a learning record; period by its due date. */
	LEARNING_ACTIONS("learning-actions", "dueDate",
			Set.of("learning", "action", "theme", "orgUnit", "directorate", "service", "state", "status", "overdue",
					"finished", "finishedOnTime", "ownerKind", "owner", "complainantInvolvement", "complainantAgreed"),
			false, false, false, true),

	/** One row per quality assurance sample; period by the month it was drawn for. */
	QA_SAMPLES("qa-samples", "period",
			Set.of("sample", "kind", "review", "feedbackType", "officer", "orgUnit", "directorate", "service", "status",
					"scored", "outcomeMet", "methodMet", "bothScored", "agreement"),
			false, false, false, true),

	/**
	 * One row per service standard (all cases) and per team of a standard counted by
	 * team, as at the run; each standard keeps its own period, so the report has none.
	 */
	SERVICE_STANDARDS("service-standards", null,
			Set.of("standard", "team", "measure", "unit", "figure", "target", "numerator", "denominator", "met",
					"breaches"),
			false, false, false, false),

	/**
	 * Counts of the survey answers per question and answer; period by the month the case
	 * closed. Small numbers always suppressed.
	 */
	SURVEY_ANSWERS("survey-answers", "monthClosed", Set.of("form", "feedbackType", "question", "answer"), false, true,
			false, true),

	/**
	 * Counts of the equality monitoring answers per question and answer; period by the
	 * month they were given. Small numbers always suppressed; equality readers only.
	 */
	EQUALITY_ANSWERS("equality-answers", "month", Set.of("form", "question", "answer", "stated"), false, true, true,
			true);

	/** Fields of the period every source but the cases and the standards has. */
	public static final Set<String> PERIOD_FIELDS = Set.of("month", "quarter", "year");

	/** Measure types a suppressed source counts. */
	public static final Set<String> SUPPRESSED_MEASURES = Set.of("count", "share", "population");

	/** The roles that may run and read a report over equality answers. */
	public static final List<String> EQUALITY_READERS = List.of("EQUALITY_ANALYST", "MANAGER", "AUDITOR");

	private final String id;

	private final String periodField;

	private final Set<String> fields;

	private final boolean drillDown;

	private final boolean suppressed;

	private final boolean equality;

	private final boolean periodic;

	ReportSource(String id, String periodField, Set<String> fields, boolean drillDown, boolean suppressed,
			boolean equality, boolean periodic) {
		this.id = id;
		this.periodField = periodField;
		this.fields = fields;
		this.drillDown = drillDown;
		this.suppressed = suppressed;
		this.equality = equality;
		this.periodic = periodic;
	}

	public String id() {
		return this.id;
	}

	/** What the period is by, in words of the stored data; {@code null} for none. */
	public String periodField() {
		return this.periodField;
	}

	/** The fields of a source other than the cases (the period fields included). */
	public Set<String> fields() {
		if (this == CASES || !this.periodic) {
			return this.fields;
		}
		Set<String> all = new java.util.HashSet<>(this.fields);
		all.addAll(PERIOD_FIELDS);
		return Set.copyOf(all);
	}

	/** Whether a figure lists the cases behind it. */
	public boolean drillDown() {
		return this.drillDown;
	}

	/** Whether every output suppresses small numbers, as the survey module does. */
	public boolean suppressed() {
		return this.suppressed;
	}

	/** Whether only {@link #EQUALITY_READERS} may run and read it. */
	public boolean equality() {
		return this.equality;
	}

	/** Whether a run's period applies (every source but the service standards). */
	public boolean periodic() {
		return this.periodic;
	}

	/** Whether the source names records that have a feedback type. */
	public boolean hasFeedbackTypes() {
		return this == CASES || this.fields.contains("feedbackType");
	}

	public static Optional<ReportSource> of(String id) {
		String wanted = (id == null) ? CASES.id : id;
		return Arrays.stream(values()).filter(source -> source.id.equals(wanted)).findFirst();
	}

}
