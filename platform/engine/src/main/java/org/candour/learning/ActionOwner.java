package org.candour.learning;

/**
 * Who owns an action: a person (a member's user name) or a team (an org unit id of the
 * tenant's structure).
 *
 * @param kind {@code person} or {@code team}
 * @param id the member's name or the org unit id
 */
public record ActionOwner(String kind, String id) {

	static final String TEAM = "team";

	public boolean team() {
		return TEAM.equals(this.kind);
	}

}
