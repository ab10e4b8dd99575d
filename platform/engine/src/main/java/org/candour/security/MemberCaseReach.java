package org.candour.security;

import java.util.Set;

import org.candour.cases.CaseWorkers;

import org.springframework.stereotype.Component;

/**
 * A member may be given a case their roles let them see: the reaches of their roles and
 * org units, as when they sign in. Someone who is not a member (an officer named by an
 * older system, say) is not checked.
 */
@Component
class MemberCaseReach implements CaseWorkers {

	private final Memberships memberships;

	private final TenantRoles roles;

	MemberCaseReach(Memberships memberships, TenantRoles roles) {
		this.memberships = memberships;
		this.roles = roles;
	}

	@Override
	public boolean reach(String user, String feedbackType, String orgUnit, String team) {
		return this.memberships.find(user)
			.flatMap(member -> this.roles.grant(member.roles(), Set.copyOf(member.orgUnits())).reaches())
			.map(reaches -> reaches.stream().anyMatch(reach -> reach.admits(feedbackType, orgUnit, team)))
			.orElse(true);
	}

}
