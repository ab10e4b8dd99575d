package org.candour.notifications;

import java.util.ArrayList;
import java.util.List;

import org.candour.definition.model.OrgStructure;
import org.candour.definition.model.OrgUnit;
import org.candour.security.Membership;
import org.candour.security.Memberships;

import org.springframework.stereotype.Component;

/**
 * Where a staff notification goes: a member's email address (from their membership: the
 * member API, the demo account, or their identity provider's {@code email} claim), a
 * team's shared mailbox when the org structure gives one, else each member of the team
 * (whose org units include it) who has an address; a unit's managers are its members, and
 * those of the units above it, with the MANAGER role and an address.
 */
@Component
class StaffAddresses {

	private final Memberships memberships;

	StaffAddresses(Memberships memberships) {
		this.memberships = memberships;
	}

	/**
	 * The addresses, each with the member it stands for; a member without an address is
	 * listed with a null address, so the notification is recorded as not sent.
	 */
	List<Address> of(StaffRecipient recipient, OrgStructure structure) {
		if (recipient.managers()) {
			return managers(recipient.id(), structure);
		}
		if (!recipient.team()) {
			String email = this.memberships.withUserName(recipient.id())
				.stream()
				.map(Membership::email)
				.filter(java.util.Objects::nonNull)
				.findFirst()
				.orElse(null);
			return List.of(new Address(recipient.id(), email));
		}
		String mailbox = structure.unit(recipient.id()).map(OrgUnit::mailbox).orElse(null);
		if (mailbox != null) {
			return List.of(new Address(recipient.id(), mailbox));
		}
		List<Address> members = new ArrayList<>();
		for (Membership member : this.memberships.list()) {
			if (member.orgUnits().contains(recipient.id()) && member.email() != null) {
				members.add(new Address(member.user(), member.email()));
			}
		}
		return members.isEmpty() ? List.of(new Address(recipient.id(), null)) : members;
	}

	/**
	 * Each member with the MANAGER role whose org units include the unit or a unit above
	 * it (on no day in particular: the structure's path to the top) and who has an
	 * address; the unit with no address when there is none.
	 */
	private List<Address> managers(String unit, OrgStructure structure) {
		java.util.Set<String> units = new java.util.HashSet<>();
		structure.path(unit).forEach(each -> units.add(each.id()));
		units.add(unit);
		List<Address> managers = new ArrayList<>();
		for (Membership member : this.memberships.list()) {
			if (member.roles().contains(org.candour.api.EndpointRoles.MANAGER) && member.email() != null
					&& member.orgUnits().stream().anyMatch(units::contains)) {
				managers.add(new Address(member.user(), member.email()));
			}
		}
		return managers.isEmpty() ? List.of(new Address(unit, null)) : managers;
	}

	/**
	 * @param name the member's user name, or the team's id for its mailbox
	 * @param email null when none is known
	 */
	record Address(String name, String email) {
	}

}
