package org.candour.definition;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.candour.definition.model.ClockDefinition;
import org.candour.definition.model.WorkflowDefinition;

/**
 * The clocks of some workflows, and which of them reports and service standards may
 * count: a clock marked {@code "reportable": false} is an internal working clock that no
 * report or standard may name.
 */
final class ReportableClocks {

	private final Set<String> all = new HashSet<>();

	private final Set<String> reportable = new HashSet<>();

	private final boolean complete;

	/** The clocks of these workflows, all of them known. */
	ReportableClocks(Collection<WorkflowDefinition> workflows) {
		this(workflows, true);
	}

	/**
	 * @param complete false when a workflow could not be found (its own problem says so):
	 * nothing is checked then
	 */
	ReportableClocks(Collection<WorkflowDefinition> workflows, boolean complete) {
		this.complete = complete;
		for (WorkflowDefinition workflow : workflows) {
			for (ClockDefinition clock : workflow.clocks().values()) {
				this.all.add(clock.id());
				if (clock.reportable()) {
					this.reportable.add(clock.id());
				}
			}
		}
	}

	/**
	 * Adds a problem when the clock is not one of these workflows' or is reportable in
	 * none of them.
	 * @param prefix the problem code's prefix ({@code report}, {@code service-standard})
	 * @param whose what the workflows are, in words ("this report's feedback types")
	 */
	void check(List<Problem> problems, String prefix, String key, String pointer, String clock, String whose) {
		if (clock == null || !this.complete) {
			return;
		}
		if (!this.all.contains(clock)) {
			problems.add(Problem.error(prefix + ".clock-missing", key, pointer,
					"No workflow of " + whose + " has a clock '" + clock + "'"));
		}
		else if (!this.reportable.contains(clock)) {
			problems.add(Problem.error(prefix + ".clock-not-reportable", key, pointer, "The clock '" + clock
					+ "' is marked \"reportable\": false in the workflows of " + whose + ", so it is not counted"));
		}
	}

	/** The clock a report field such as {@code clocks.respond.status} names, or null. */
	static String ofField(String field) {
		if (field == null || !field.startsWith("clocks.")) {
			return null;
		}
		int dot = field.indexOf('.', "clocks.".length());
		return (dot < 0) ? field.substring("clocks.".length()) : field.substring("clocks.".length(), dot);
	}

}
