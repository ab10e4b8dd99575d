package org.candour.web.officer.queues;

import java.util.List;
import java.util.Set;

import org.candour.security.Membership;
import org.candour.security.Memberships;
import org.candour.web.officer.PickLists;

import org.springframework.stereotype.Component;

/** The tenant's members of staff, read once per page. */
@Component
class QueuePeople {

	private final Memberships memberships;

	private final PickLists pickLists;

	QueuePeople(Memberships memberships, PickLists pickLists) {
		this.memberships = memberships;
		this.pickLists = pickLists;
	}

	Staff staff() {
		List<Membership> members = this.memberships.list();
		return new Staff(members,
				this.pickLists.officers(members)
					.stream()
					.map(person -> new Option(person.value(), person.label()))
					.toList());
	}

	/**
	 * The members of the current tenant.
	 *
	 * @param members every member
	 * @param caseworkers the people who work cases, as choices ({@link PickLists})
	 */
	record Staff(List<Membership> members, List<Option> caseworkers) {

		/** The org units a member belongs to; none when they are not a member. */
		Set<String> orgUnitsOf(String user) {
			return this.members.stream()
				.filter(member -> member.user().equals(user))
				.findFirst()
				.map(member -> Set.copyOf(member.orgUnits()))
				.orElse(Set.of());
		}

	}

}
