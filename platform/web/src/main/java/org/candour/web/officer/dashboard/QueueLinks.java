package org.candour.web.officer.dashboard;

import org.candour.web.officer.OfficerPaths;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links from the dashboard's figures about open cases to the queue listing exactly those
 * cases, with the queue page's own parameters; none for a reader the queues are not open
 * to, or a figure no queue filter expresses.
 */
final class QueueLinks {

	private final String work;

	private final boolean enabled;

	QueueLinks(String tenant, boolean enabled) {
		this.work = OfficerPaths.work(tenant);
		this.enabled = enabled;
	}

	String allOpen() {
		return link("all-open", null, null, null);
	}

	String type(String type) {
		return link("all-open", type, null, null);
	}

	String typeAndState(String type, String state) {
		return link("all-open", type, state, null);
	}

	String breached() {
		return link("breached", null, null, null);
	}

	String dueSoon() {
		return link("due-soon", null, null, null);
	}

	/** An officer's open cases; none for "no officer" (no queue lists exactly those). */
	String officer(String officer) {
		return (officer == null) ? null : link("all-open", null, null, officer);
	}

	private String link(String queue, String type, String state, String assignee) {
		if (!this.enabled) {
			return null;
		}
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(this.work).queryParam("queue", queue);
		if (type != null) {
			link.queryParam("type", type);
		}
		if (state != null) {
			link.queryParam("state", state);
		}
		if (assignee != null) {
			link.queryParam("assignee", assignee);
		}
		return link.encode().build().toUriString();
	}

}
