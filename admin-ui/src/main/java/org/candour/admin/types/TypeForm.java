package org.candour.admin.types;

import java.util.ArrayList;
import java.util.List;

import org.candour.admin.Texts;
import org.candour.definition.model.FeedbackType;

/**
 * What the feedback type pages post: the details (title, description, category, who may
 * give it, reference prefix, retention, acknowledgement template), and on creating a type
 * its form and workflow (each an existing one, or a copy of it).
 *
 * @param title officers' name for the type; its id is made from it once, on creating
 * @param description what the type is for
 * @param category one of the meta-schema's categories
 * @param audience {@code public} (residents may give it) or {@code staff} (only logged by
 * officers)
 * @param referencePrefix prefix of case references
 * @param retentionMonths months after closure before case data is let go, as typed
 * @param retentionFrom what the months count from: {@code closure} or
 * {@code last-activity}
 * @param disposal what happens then: {@code anonymise} or {@code delete}
 * @param acknowledgementTemplate id of the notification template acknowledging a new case
 * @param form id of the form (creating only)
 * @param copyForm {@code yes} to give the new type a copy of that form
 * @param workflow id of the workflow (creating only)
 * @param copyWorkflow {@code yes} to give the new type a copy of that workflow
 * @param hash the content hash of the document when the page was loaded
 */
record TypeForm(String title, String description, String category, String audience, String referencePrefix,
		String retentionMonths, String retentionFrom, String disposal, String acknowledgementTemplate, String form,
		String copyForm, String workflow, String copyWorkflow, String hash) {

	static final List<String> CATEGORIES = List.of("complaint", "compliment", "comment", "service-request",
			"subject-access-request", "foi-request", "ombudsman-enquiry", "other");

	static TypeForm empty() {
		return new TypeForm("", "", "", "", "", "", "closure", "anonymise", "", "", "", "", "", "");
	}

	static TypeForm of(FeedbackType type, String description, String hash) {
		return new TypeForm(Texts.english(type.title(), type.id()), description == null ? "" : description,
				type.category(), type.isPublic() ? "public" : "staff",
				type.referencePrefix() == null ? "" : type.referencePrefix(),
				type.retentionMonths() == null ? "" : String.valueOf(type.retentionMonths()),
				type.retention() != null && type.retention().fromLastActivity() ? "last-activity" : "closure",
				type.retention() != null && type.retention().delete() ? "delete" : "anonymise",
				type.acknowledgementTemplate() == null ? "" : type.acknowledgementTemplate(), type.form(), "",
				type.workflow(), "", hash);
	}

	String trimmedTitle() {
		return this.title == null ? "" : this.title.trim();
	}

	String prefix() {
		return this.referencePrefix == null ? "" : this.referencePrefix.trim().toUpperCase(java.util.Locale.ROOT);
	}

	public boolean copiesForm() {
		return "yes".equals(this.copyForm);
	}

	public boolean copiesWorkflow() {
		return "yes".equals(this.copyWorkflow);
	}

	/**
	 * What the page itself checks before anything is written (the store checks the rest).
	 */
	List<FieldProblem> problems(boolean creating) {
		List<FieldProblem> problems = new ArrayList<>();
		if (trimmedTitle().isEmpty()) {
			problems.add(new FieldProblem("title", "Enter a title"));
		}
		if (this.category == null || !CATEGORIES.contains(this.category)) {
			problems.add(new FieldProblem("category", "Select a category"));
		}
		if (!"public".equals(this.audience) && !"staff".equals(this.audience)) {
			problems.add(new FieldProblem("audience", "Select who can give this feedback"));
		}
		if (retention() == null && this.retentionMonths != null && !this.retentionMonths.isBlank()) {
			problems.add(new FieldProblem("retentionMonths", "Enter the retention period as a whole number of months"));
		}
		if (this.retentionFrom != null && !List.of("closure", "last-activity").contains(this.retentionFrom)) {
			problems.add(new FieldProblem("retentionFrom", "Select what the retention period counts from"));
		}
		if (this.disposal != null && !List.of("anonymise", "delete").contains(this.disposal)) {
			problems.add(new FieldProblem("disposal", "Select what happens at the end of the retention period"));
		}
		if (creating && (this.form == null || this.form.isBlank())) {
			problems.add(new FieldProblem("form", "Select a form"));
		}
		if (creating && (this.workflow == null || this.workflow.isBlank())) {
			problems.add(new FieldProblem("workflow", "Select a workflow"));
		}
		return problems;
	}

	Integer retention() {
		if (this.retentionMonths == null || this.retentionMonths.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(this.retentionMonths.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
