package org.candour.admin.members;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.candour.admin.PageProblem;
import org.candour.api.EndpointRoles;
import org.candour.definition.editing.RoleEditor.RoleFields;
import org.candour.definition.model.Role;

/**
 * What a role's page posts.
 *
 * @param title its name
 * @param baseRole the platform role it is built on
 * @param feedbackTypes the feedback types ticked (none: every type)
 * @param remedyLimit the highest payment its holders may approve, in pounds; empty for
 * none
 * @param hash the content hash of the role document when the page was loaded
 */
record RoleForm(String title, String baseRole, List<String> feedbackTypes, String remedyLimit, String hash) {

	RoleForm {
		title = (title == null) ? "" : title.trim();
		baseRole = (baseRole == null) ? "" : baseRole;
		feedbackTypes = (feedbackTypes == null) ? List.of() : List.copyOf(feedbackTypes);
		remedyLimit = (remedyLimit == null) ? "" : remedyLimit.trim().replace("£", "").replace(",", "");
		hash = (hash == null) ? "" : hash;
	}

	static RoleForm of(RoleFields fields, String hash) {
		return new RoleForm(fields.title(), fields.baseRole(), fields.feedbackTypes(),
				(fields.remedyLimit() == null) ? "" : fields.remedyLimit().stripTrailingZeros().toPlainString(), hash);
	}

	/** The fields, once {@link #problems} finds none. */
	RoleFields fields() {
		return new RoleFields(this.title, this.baseRole, this.feedbackTypes,
				this.remedyLimit.isEmpty() ? null : new BigDecimal(this.remedyLimit));
	}

	/**
	 * What the page checks: a title, a base role of the platform's, only feedback types
	 * offered (and none for a role that sees no cases), a remedy limit in pounds.
	 */
	List<PageProblem> problems(Collection<String> baseRoles, Collection<String> types) {
		List<PageProblem> problems = new ArrayList<>();
		if (this.title.isEmpty()) {
			problems.add(new PageProblem("title", "Enter the role’s name"));
		}
		if (!baseRoles.contains(this.baseRole)) {
			problems.add(new PageProblem("baseRole", "Select the platform role it is built on"));
		}
		if (!types.containsAll(this.feedbackTypes)) {
			problems.add(new PageProblem("feedbackTypes", "Select only the feedback types listed"));
		}
		else if (!this.feedbackTypes.isEmpty() && baseRoles.contains(this.baseRole)
				&& !Role.CASE_ROLES.contains(this.baseRole)) {
			problems.add(new PageProblem("feedbackTypes",
					(EndpointRoles.DATA_PROTECTION.equals(this.baseRole) ? "A data protection officer works"
							: "An equality analyst sees")
							+ " no cases, so the role cannot be limited to feedback types"));
		}
		if (!this.remedyLimit.isEmpty() && !this.remedyLimit.matches("^\\d{1,9}(\\.\\d{1,2})?$")) {
			problems
				.add(new PageProblem("remedyLimit", "Enter an amount in pounds, like 250 or 99.50, or leave it empty"));
		}
		return problems;
	}

}
