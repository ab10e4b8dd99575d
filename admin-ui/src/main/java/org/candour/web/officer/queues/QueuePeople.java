package org.candour.web.officer.queues;

import java.util.List;
import java.util.Set;

import org.candour.api.EndpointRoles;
import org.candour.security.Membership;
import org.candour.security.Memberships;

import org.springframework.stereotype.Component;

/** The tenant's members of staff, read once per page. */
@Component
class QueuePeople {

	private static final Set<String> CASEWORKERS = Set.of(EndpointRoles.OFFICER, EndpointRoles.MANAGER,
			EndpointRoles.INVESTIGATOR);

	private final Memberships memberships;

	QueuePeople(Memberships memberships) {
		this.memberships = memberships;
	}

	Staff staff() {
		return new Staff(this.memberships.list());
	}

	/** The members of the current tenant. */
	record Staff(List<Membership> members) {

		/** The org units a member belongs to; none when they are not a member. */
		Set<String> orgUnitsOf(String user) {
			return this.members.stream()
				.filter(member -> member.user().equals(user))
				.findFirst()
				.map(member -> Set.copyOf(member.orgUnits()))
				.orElse(Set.of());
		}

		/** Members who work cases, as choices: officers, managers and investigators. */
		List<Option> caseworkers() {
			return this.members.stream()
				.filter(member -> member.roles().stream().anyMatch(CASEWORKERS::contains))
				.map(member -> new Option(member.user(), member.user()))
				.toList();
		}

	}

}
