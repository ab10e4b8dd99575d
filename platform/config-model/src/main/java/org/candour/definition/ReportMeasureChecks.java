package org.candour.definition;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.ReportDefinition;
import org.candour.definition.model.ReportEvent;

/**
 * A report's measures say what they aggregate: a field or the time between two known
 * events, whose clocks are clocks of the workflows of the report's feedback types (of
 * every workflow when it counts all types).
 */
final class ReportMeasureChecks {

	private final CompiledConfiguration configuration;

	private final List<Problem> problems;

	ReportMeasureChecks(CompiledConfiguration configuration, List<Problem> problems) {
		this.configuration = configuration;
		this.problems = problems;
	}

	void check(String key, ReportDefinition report) {
		Set<String> clocks = clocks(report);
		for (int i = 0; i < report.measures().size(); i++) {
			ReportDefinition.Measure measure = report.measures().get(i);
			String pointer = "/spec/measures/" + i;
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

	private void event(String key, String pointer, String name, Set<String> clocks) {
		ReportEvent event = ReportEvent.parse(name).orElse(null);
		if (event == null) {
			this.problems
				.add(Problem.error("report.event-unknown", key, pointer, "No event '" + ReferenceChecks.text(name)
						+ "': received, closed, clocks.<id>.started and clocks.<id>.stopped can be measured"));
		}
		else if (event.clock() != null && !clocks.contains(event.clock())) {
			this.problems.add(Problem.error("report.clock-missing", key, pointer,
					"No workflow of this report's feedback types has a clock '" + event.clock() + "'"));
		}
	}

	private Set<String> clocks(ReportDefinition report) {
		Set<String> clocks = new HashSet<>();
		this.configuration.feedbackTypes()
			.values()
			.stream()
			.filter(type -> report.feedbackTypes().isEmpty() || report.feedbackTypes().contains(type.id()))
			.forEach(type -> this.configuration.workflow(ReferenceChecks.text(type.workflow()))
				.ifPresent(workflow -> clocks.addAll(workflow.clocks().keySet())));
		return clocks;
	}

}
