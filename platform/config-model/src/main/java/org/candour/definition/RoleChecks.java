package org.candour.definition;

import java.util.List;
import java.util.Set;

import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.Role;

/**
 * Cross-references of role documents: limits name feedback types and org units that
 * exist, and only roles that see cases are limited.
 */
final class RoleChecks {

	private final CompiledConfiguration configuration;

	private final List<Problem> problems;

	RoleChecks(CompiledConfiguration configuration, List<Problem> problems) {
		this.configuration = configuration;
		this.problems = problems;
	}

	void check(Role role, Set<String> units) {
		String key = ReferenceChecks.key(ConfigKind.ROLE, role.id());
		if (role.limited() && !Role.CASE_ROLES.contains(role.baseRole())) {
			this.problems.add(Problem.error("role.limits-without-cases", key, "/spec/limits",
					"A role built on " + role.baseRole() + " sees no cases, so it cannot be limited"));
		}
		List<String> types = role.limits().feedbackTypes();
		for (int i = 0; i < types.size(); i++) {
			if (!this.configuration.feedbackTypes().containsKey(types.get(i))) {
				this.problems.add(Problem.error("ref.feedback-type-missing", key, "/spec/limits/feedbackTypes/" + i,
						"No feedback-type with id '" + types.get(i) + "'"));
			}
		}
		List<String> limited = role.limits().orgUnits();
		for (int i = 0; i < limited.size(); i++) {
			if (!units.contains(limited.get(i))) {
				this.problems.add(Problem.error("ref.org-unit-missing", key, "/spec/limits/orgUnits/" + i,
						"No org unit '" + limited.get(i) + "' in the org structure"));
			}
		}
	}

}
