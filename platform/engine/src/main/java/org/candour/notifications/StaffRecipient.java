package org.candour.notifications;

/**
 * Someone on the staff a notification goes to: a member (by user name) or a team (an org
 * unit of the tenant's structure).
 *
 * @param kind {@code member} or {@code team}
 * @param id the member's user name or the unit's id
 */
public record StaffRecipient(String kind, String id) {

	static final String MEMBER = "member";

	static final String TEAM = "team";

	public static StaffRecipient member(String user) {
		return new StaffRecipient(MEMBER, user);
	}

	public static StaffRecipient team(String unit) {
		return new StaffRecipient(TEAM, unit);
	}

	boolean team() {
		return TEAM.equals(this.kind);
	}

}
