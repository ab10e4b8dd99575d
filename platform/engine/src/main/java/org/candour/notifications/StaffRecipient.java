package org.candour.notifications;

/**
 * Someone on the staff a notification goes to: a member (by user name), a team (an org
 * unit of the tenant's structure) or the managers of a unit (members with the MANAGER
 * role in it or in a unit above it).
 *
 * @param kind {@code member}, {@code team} or {@code managers}
 * @param id the member's user name or the unit's id
 */
public record StaffRecipient(String kind, String id) {

	static final String MEMBER = "member";

	static final String TEAM = "team";

	static final String MANAGERS = "managers";

	public static StaffRecipient member(String user) {
		return new StaffRecipient(MEMBER, user);
	}

	public static StaffRecipient team(String unit) {
		return new StaffRecipient(TEAM, unit);
	}

	/** The members with the MANAGER role in the unit or in a unit above it. */
	public static StaffRecipient managers(String unit) {
		return new StaffRecipient(MANAGERS, unit);
	}

	boolean managers() {
		return MANAGERS.equals(this.kind);
	}

	boolean team() {
		return TEAM.equals(this.kind);
	}

}
