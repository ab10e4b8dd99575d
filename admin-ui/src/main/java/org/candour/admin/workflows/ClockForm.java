package org.candour.admin.workflows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.candour.admin.PageProblem;
import org.candour.definition.editing.ClockEditor;

/**
 * A timescale (clock) as its page posts it.
 *
 * @param label what officers see it called
 * @param startsOn {@code logged}, {@code transition:<action>} or
 * {@code clockStopped:<clock>}
 * @param stopsOn the actions that stop it
 * @param amount how many units, as typed
 * @param unit one of {@link ClockEditor#UNITS}
 * @param anchor {@code start}, {@code received} or {@code field}
 * @param anchorField for {@code field}: the date question's pointer
 * @param pausedIn the states it is paused in
 * @param warnAmount warn this many units before it is due, as typed (empty: no warning)
 * @param warnUnit the warning's unit
 * @param extensionMax the most it may be extended by, as typed (empty: it may not)
 * @param reasonRequired {@code yes} when an extension needs a reason
 * @param extensionRoles who may extend it
 * @param residents {@code yes} when residents see it
 * @param publicLabel what residents see it called
 * @param dueOnWorkingDay {@code yes} when a due date on a non-working day moves to the
 * next working day
 * @param hash the workflow document's hash as the page read it
 */
record ClockForm(String label, String startsOn, List<String> stopsOn, String amount, String unit, String anchor,
		String anchorField, List<String> pausedIn, String warnAmount, String warnUnit, String extensionMax,
		String reasonRequired, List<String> extensionRoles, String residents, String publicLabel,
		String dueOnWorkingDay, String hash) {

	private static final String WHOLE = "^\\d{1,6}$";

	ClockForm {
		stopsOn = (stopsOn == null) ? List.of() : List.copyOf(stopsOn);
		pausedIn = (pausedIn == null) ? List.of() : List.copyOf(pausedIn);
		extensionRoles = (extensionRoles == null) ? List.of() : List.copyOf(extensionRoles);
	}

	static ClockForm of(ClockEditor.ClockFields fields, String hash) {
		return new ClockForm(fields.label(), fields.startsOn(), fields.stopsOn(), String.valueOf(fields.amount()),
				fields.unit(), fields.anchor(), fields.anchorPointer(), fields.pausedIn(), text(fields.warnAmount()),
				fields.warnUnit(), text(fields.extensionMax()), fields.reasonRequired() ? "yes" : null,
				fields.extensionRoles(), fields.shownToResidents() ? "yes" : "no", fields.publicLabel(),
				fields.dueOnWorkingDay() ? "yes" : null, hash);
	}

	static ClockForm empty(String hash) {
		return new ClockForm(null, "logged", List.of(), null, "working-days", "received", null, List.of(), null,
				"working-days", null, "yes", List.of(), "no", null, null, hash);
	}

	/**
	 * What is missing, not a whole number or not a choice the page offered.
	 * @param choices the page's choices
	 */
	List<PageProblem> problems(ClockChoices choices) {
		List<PageProblem> problems = new ArrayList<>();
		if (StateForm.blank(this.label)) {
			problems.add(new PageProblem("label", "Enter the timescale’s name"));
		}
		if (this.startsOn == null || !values(choices.starts()).contains(this.startsOn)) {
			problems.add(new PageProblem("startsOn", "Select what starts the timescale"));
		}
		if (!values(choices.actions()).containsAll(this.stopsOn)) {
			problems.add(new PageProblem("stopsOn", "Select actions the workflow has"));
		}
		boolean fromField = "field".equals(this.anchor);
		if (!whole(this.amount) || Integer.parseInt(this.amount.trim()) == 0 && !fromField) {
			problems.add(new PageProblem("amount", "Enter how long as a whole number, 1 or more"));
		}
		if (this.unit == null || !ClockEditor.UNITS.contains(this.unit)) {
			problems.add(new PageProblem("unit", "Select working days, calendar days, hours or calendar months"));
		}
		if (this.anchor == null || !Set.of("start", "received", "field").contains(this.anchor)) {
			problems.add(new PageProblem("anchor", "Select what the time is counted from"));
		}
		else if (fromField && (this.anchorField == null || !values(choices.dates()).contains(this.anchorField))) {
			problems.add(new PageProblem("anchorField", "Select the date in the form it is counted from"));
		}
		if (!values(choices.states()).containsAll(this.pausedIn)) {
			problems.add(new PageProblem("pausedIn", "Select states the workflow has"));
		}
		if (!StateForm.blank(this.warnAmount) && (!whole(this.warnAmount) || number(this.warnAmount) == 0)) {
			problems.add(
					new PageProblem("warnAmount", "Enter the warning as a whole number, 1 or more, or leave it empty"));
		}
		if (!StateForm.blank(this.warnAmount) && !ClockEditor.UNITS.contains(this.warnUnit)) {
			problems.add(new PageProblem("warnUnit", "Select the warning’s unit"));
		}
		if (!StateForm.blank(this.extensionMax) && (!whole(this.extensionMax) || number(this.extensionMax) == 0)) {
			problems.add(new PageProblem("extensionMax",
					"Enter the longest extension as a whole number, 1 or more, or leave it empty"));
		}
		if (!values(choices.roles()).containsAll(this.extensionRoles)) {
			problems.add(new PageProblem("extensionRoles", "Select roles the tenant has"));
		}
		if (isResidents() && StateForm.blank(this.publicLabel)) {
			problems.add(new PageProblem("publicLabel", "Enter what residents see it called"));
		}
		return problems;
	}

	ClockEditor.ClockFields fields() {
		boolean warns = !StateForm.blank(this.warnAmount);
		boolean extends_ = !StateForm.blank(this.extensionMax);
		return new ClockEditor.ClockFields(this.label.trim(), this.startsOn, this.stopsOn, number(this.amount),
				this.unit, this.anchor, "field".equals(this.anchor) ? this.anchorField : null, this.pausedIn,
				warns ? number(this.warnAmount) : null, warns ? this.warnUnit : null,
				extends_ ? number(this.extensionMax) : null, "yes".equals(this.reasonRequired),
				extends_ ? this.extensionRoles : List.of(), isResidents(),
				isResidents() ? this.publicLabel.trim() : null, "yes".equals(this.dueOnWorkingDay));
	}

	public boolean isResidents() {
		return "yes".equals(this.residents);
	}

	public boolean isReasonRequired() {
		return "yes".equals(this.reasonRequired);
	}

	public boolean isDueOnWorkingDay() {
		return "yes".equals(this.dueOnWorkingDay);
	}

	private static boolean whole(String text) {
		return text != null && text.trim().matches(WHOLE);
	}

	private static int number(String text) {
		return Integer.parseInt(text.trim());
	}

	private static String text(Integer number) {
		return (number == null) ? null : String.valueOf(number);
	}

	private static Set<String> values(List<WorkflowDrafts.Choice> choices) {
		return new java.util.HashSet<>(choices.stream().map(WorkflowDrafts.Choice::value).toList());
	}

	/**
	 * The choices a timescale's page offers.
	 *
	 * @param starts what may start it
	 * @param actions the workflow's actions (what may stop it)
	 * @param states the workflow's states (where it may pause)
	 * @param dates the date questions of the type's form
	 * @param roles who may extend it
	 */
	record ClockChoices(List<WorkflowDrafts.Choice> starts, List<WorkflowDrafts.Choice> actions,
			List<WorkflowDrafts.Choice> states, List<WorkflowDrafts.Choice> dates, List<WorkflowDrafts.Choice> roles) {
	}

}
