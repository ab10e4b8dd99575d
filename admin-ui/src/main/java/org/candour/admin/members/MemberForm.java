package org.candour.admin.members;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.candour.admin.PageProblem;
import org.candour.security.MemberIssuers;

/**
 * What a member's page posts.
 *
 * @param user the user name (adding only: a member's user name never changes)
 * @param email where staff notifications to them go; empty for none
 * @param roles the roles ticked: base roles by name, custom roles by id
 * @param orgUnits the org units (or teams) ticked
 */
record MemberForm(String user, String email, List<String> roles, List<String> orgUnits) {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	MemberForm {
		user = (user == null) ? "" : user.trim();
		email = (email == null) ? "" : email.trim();
		roles = (roles == null) ? List.of() : List.copyOf(roles);
		orgUnits = (orgUnits == null) ? List.of() : List.copyOf(orgUnits);
	}

	/**
	 * What the page checks: a well-formed new user name that is no member yet and no
	 * machine client, an email address that looks like one, at least one role, and only
	 * roles and units offered.
	 */
	List<PageProblem> problems(boolean adding, Collection<String> members, Collection<String> offeredRoles,
			Collection<String> offeredUnits, boolean machine) {
		List<PageProblem> problems = new ArrayList<>();
		if (adding) {
			if (!MemberIssuers.isUserId(this.user)) {
				problems.add(new PageProblem("user",
						"Enter the user name they sign in with: up to 200 letters, digits and . _ @ + | : -"));
			}
			else if (machine) {
				problems.add(new PageProblem("user", this.user
						+ " is a machine client, not a person: give API clients roles through the members API"));
			}
			else if (members.contains(this.user)) {
				problems.add(new PageProblem("user", this.user + " is already a member: change their roles instead"));
			}
		}
		if (!this.email.isEmpty() && (this.email.length() > 320 || !EMAIL.matcher(this.email).matches())) {
			problems
				.add(new PageProblem("email", "Enter an email address like name@council.gov.uk, or leave it empty"));
		}
		if (this.roles.isEmpty()) {
			problems.add(new PageProblem("roles", "Select at least one role"));
		}
		else if (!offeredRoles.containsAll(this.roles)) {
			problems.add(new PageProblem("roles", "Select only the roles listed"));
		}
		if (!offeredUnits.containsAll(this.orgUnits)) {
			problems.add(new PageProblem("orgUnits", "Select only the teams listed"));
		}
		return problems;
	}

}
