package org.candour.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.ReportDefinition;
import org.candour.definition.model.ReportEvent;
import org.candour.definition.model.WorkflowDefinition;

/**
 * A report's measures say what they aggregate: a field or the time between two known
 * events, whose clocks are clocks of the workflows of the report's feedback types (of
 * every workflow when it counts all types); a clock its dimensions or measures name is
 * one of those clocks and is reportable.
 */
final class ReportMeasureChecks {

	private static final String WHOSE = "this report's feedback types";

	private final CompiledConfiguration configuration;

	private final List<Problem> problems;

	ReportMeasureChecks(CompiledConfiguration configuration, List<Problem> problems) {
		this.configuration = configuration;
		this.problems = problems;
	}

	void check(String key, ReportDefinition report) {
		ReportableClocks clocks = clocks(report);
		for (int i = 0; i < report.dimensions().size(); i++) {
			clocks.check(this.problems, "report", key, "/spec/dimensions/" + i + "/field",
					ReportableClocks.ofField(report.dimensions().get(i).field()), WHOSE);
		}
		for (int i = 0; i < report.measures().size(); i++) {
			ReportDefinition.Measure measure = report.measures().get(i);
			String pointer = "/spec/measures/" + i;
			clocks.check(this.problems, "report", key, pointer + "/field", ReportableClocks.ofField(measure.field()),
					WHOSE);
			boolean needsValues = measure.aggregatesValues() || "distinct".equals(measure.type());
			if (needsValues && measure.field() == null && measure.between() == null) {
				this.problems.add(Problem.error("report.measure-needs-field", key, pointer,
						"A " + measure.type() + " measure needs a field"
								+ ("distinct".equals(measure.type()) ? "" : " or two events (between)")));
			}
			if (measure.between() == null) {
				continue;
			}
			if (!measure.aggregatesValues() || measure.field() != null) {
				this.problems.add(Problem.error("report.between-unused", key, pointer + "/between",
						"Only a sum, avg, min, max or median measure without a field measures the time between events"));
			}
			event(key, pointer + "/between/from", measure.between().from(), clocks);
			event(key, pointer + "/between/to", measure.between().to(), clocks);
		}
	}

	private void event(String key, String pointer, String name, ReportableClocks clocks) {
		ReportEvent event = ReportEvent.parse(name).orElse(null);
		if (event == null) {
			this.problems
				.add(Problem.error("report.event-unknown", key, pointer, "No event '" + ReferenceChecks.text(name)
						+ "': received, closed, clocks.<id>.started and clocks.<id>.stopped can be measured"));
		}
		else {
			clocks.check(this.problems, "report", key, pointer, event.clock(), WHOSE);
		}
	}

	private ReportableClocks clocks(ReportDefinition report) {
		List<WorkflowDefinition> workflows = new ArrayList<>();
		boolean complete = true;
		for (FeedbackType type : this.configuration.feedbackTypes().values()) {
			if (report.feedbackTypes().isEmpty() || report.feedbackTypes().contains(type.id())) {
				Optional<WorkflowDefinition> workflow = this.configuration
					.workflow(ReferenceChecks.text(type.workflow()));
				workflow.ifPresent(workflows::add);
				complete &= workflow.isPresent();
			}
		}
		return new ReportableClocks(workflows, complete);
	}

}
