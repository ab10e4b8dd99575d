package org.candour.web.officer.casework;

import java.util.List;

/**
 * A panel of the case screen fed by another module (attachments, notifications,
 * remedies).
 *
 * @param id {@value CasePanelSource#ATTACHMENTS}, {@value CasePanelSource#NOTIFICATIONS}
 * or {@value CasePanelSource#REMEDIES}
 * @param title the panel's heading
 * @param available whether a module provides it (otherwise the screen says it is not
 * available yet)
 * @param lines what the module lists
 */
record CasePanel(String id, String title, boolean available, List<Line> lines) {

	/**
	 * One line of a panel, as shown.
	 *
	 * @param title what it is
	 * @param detail more in words, or null
	 * @param when when it happened, in words in the tenant's time zone, or null
	 * @param whenIso the same moment as an ISO instant (for the {@code time} element)
	 * @param url where to open it, or null
	 */
	record Line(String title, String detail, String when, String whenIso, String url) {
	}

}
