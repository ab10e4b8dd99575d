package org.candour.web.officer.casework;

import java.util.List;

/**
 * A panel of the case screen fed by another module (attachments, notifications).
 *
 * @param id {@value CasePanelSource#ATTACHMENTS} or
 * {@value CasePanelSource#NOTIFICATIONS}
 * @param title the panel's heading
 * @param available whether a module provides it (otherwise the screen says it is not
 * available yet)
 * @param items what the module lists
 */
record CasePanel(String id, String title, boolean available, List<CasePanelSource.Item> items) {
}
