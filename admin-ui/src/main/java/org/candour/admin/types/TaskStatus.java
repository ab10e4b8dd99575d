package org.candour.admin.types;

/**
 * Where a task of a feedback type's task list stands, as the GOV.UK task list says it.
 */
enum TaskStatus {

	COMPLETED("Completed"), IN_PROGRESS("In progress"), NOT_STARTED("Not started"), CANNOT_START("Cannot start yet");

	private final String words;

	TaskStatus(String words) {
		this.words = words;
	}

	public String words() {
		return this.words;
	}

	/** Completed is plain text; the others are tags (GOV.UK task list). */
	public String tagClass() {
		return switch (this) {
			case COMPLETED -> null;
			case IN_PROGRESS -> "govuk-tag--light-blue";
			case NOT_STARTED -> "govuk-tag--blue";
			case CANNOT_START -> "govuk-tag--grey";
		};
	}

}
