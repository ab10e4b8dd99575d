package org.candour.definition;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.Duration;
import org.candour.definition.model.ServiceStandard;
import org.candour.definition.model.ServiceStandard.Measure;
import org.candour.definition.model.WorkflowDefinition;

/**
 * Cross-references of service standards: feedback types, org units, states and clocks
 * that exist (states and clocks in a workflow of the standard's feedback types), no
 * member the measure would ignore, durations in days and percentage targets no more than
 * 100.
 */
final class ServiceStandardChecks {

	/** The members each measure uses, beyond those every measure uses. */
	private static final Map<Measure, Set<String>> USED = Map.of(Measure.WITHIN,
			Set.of("from", "to", "within", "period"), Measure.CLOCK, Set.of("clock", "period"), Measure.AGE,
			Set.of("from", "olderThan"), Measure.CASELOAD, Set.of());

	private static final List<String> OPTIONAL = List.of("from", "to", "within", "olderThan", "clock", "period");

	private final CompiledConfiguration configuration;

	private final List<Problem> problems;

	ServiceStandardChecks(CompiledConfiguration configuration, List<Problem> problems) {
		this.configuration = configuration;
		this.problems = problems;
	}

	void check(ServiceStandard standard, Set<String> units) {
		String key = ReferenceChecks.key(ConfigKind.SERVICE_STANDARD, standard.id());
		for (int i = 0; i < standard.feedbackTypes().size(); i++) {
			String type = standard.feedbackTypes().get(i);
			if (!this.configuration.feedbackTypes().containsKey(type)) {
				error("ref.feedback-type-missing", key, "/spec/feedbackTypes/" + i,
						"No feedback-type with id '" + type + "'");
			}
		}
		for (int i = 0; i < standard.orgUnits().size(); i++) {
			String unit = standard.orgUnits().get(i);
			if (!units.contains(unit)) {
				error("ref.org-unit-missing", key, "/spec/orgUnits/" + i,
						"No org unit '" + unit + "' in the org structure");
			}
		}
		List<WorkflowDefinition> workflows = workflows(standard);
		Set<String> states = new HashSet<>();
		ReportableClocks clocks = new ReportableClocks(workflows);
		workflows.forEach(workflow -> states.addAll(workflow.states().keySet()));
		for (int i = 0; i < standard.exceptStates().size(); i++) {
			String state = standard.exceptStates().get(i);
			if (!states.contains(state)) {
				error("service-standard.state-unknown", key, "/spec/exceptStates/" + i,
						"No workflow of this standard's feedback types has a state '" + state + "'");
			}
		}
		clock(key, "/spec/clock", standard.clock(), clocks);
		if (standard.from() != null) {
			clock(key, "/spec/from", standard.from().clock(), clocks);
		}
		boolean list = this.configuration.document(ConfigKind.SERVICE_STANDARD, standard.id())
			.map(document -> document.spec().path("to").isArray())
			.orElse(false);
		for (int i = 0; i < standard.to().size(); i++) {
			ServiceStandard.Event end = standard.to().get(i);
			String pointer = list ? "/spec/to/" + i : "/spec/to";
			clock(key, pointer, end.clock(), clocks);
			if (end.state() != null && !states.contains(end.state())) {
				error("service-standard.state-unknown", key, pointer,
						"No workflow of this standard's feedback types has a state '" + end.state() + "'");
			}
		}
		unused(key, standard);
		if (standard.limit() != null && standard.limit().unit() == Duration.Unit.HOURS) {
			String member = (standard.measure() == Measure.AGE) ? "olderThan" : "within";
			error("service-standard.duration-in-hours", key, "/spec/" + member,
					"Count this in working days or calendar days, not hours");
		}
		if (standard.limit() != null && standard.limit().unit() == Duration.Unit.CALENDAR_MONTHS) {
			String member = (standard.measure() == Measure.AGE) ? "olderThan" : "within";
			error("service-standard.duration-in-months", key, "/spec/" + member,
					"Count this in working days or calendar days, not calendar months");
		}
		if (standard.measure().percentage() && standard.target().value() > 100) {
			error("service-standard.target-not-a-percentage", key,
					"/spec/target/" + (standard.target().atLeast() ? "atLeast" : "atMost"),
					"This standard's figure is a percentage, so its target is at most 100");
		}
	}

	private void clock(String key, String pointer, String clock, ReportableClocks clocks) {
		clocks.check(this.problems, "service-standard", key, pointer, clock, "this standard's feedback types");
	}

	/** Members the standard's measure would not use: refused, not silently ignored. */
	private void unused(String key, ServiceStandard standard) {
		this.configuration.document(ConfigKind.SERVICE_STANDARD, standard.id()).ifPresent(document -> {
			for (String member : OPTIONAL) {
				if (document.spec().has(member) && !USED.get(standard.measure()).contains(member)) {
					error("service-standard.member-unused", key, "/spec/" + member,
							"A " + standard.measure().id() + " standard does not use " + member);
				}
			}
		});
	}

	private List<WorkflowDefinition> workflows(ServiceStandard standard) {
		return this.configuration.feedbackTypes()
			.values()
			.stream()
			.filter(type -> standard.feedbackTypes().isEmpty() || standard.feedbackTypes().contains(type.id()))
			.flatMap(type -> this.configuration.workflow(ReferenceChecks.text(type.workflow())).stream())
			.toList();
	}

	private void error(String code, String key, String pointer, String message) {
		this.problems.add(Problem.error(code, key, pointer, message));
	}

}
