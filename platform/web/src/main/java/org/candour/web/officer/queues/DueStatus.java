package org.candour.web.officer.queues;

import org.candour.workflow.Rag;

/**
 * A clock's status in words, with the colour of its tag (never the colour alone).
 *
 * @param words the status, e.g. "Overdue"
 * @param tagClass the GOV.UK tag modifier that colours it
 */
record DueStatus(String words, String tagClass) {

	static DueStatus of(Rag rag) {
		if (rag == null) {
			return null;
		}
		return switch (rag) {
			case GREEN -> new DueStatus("On track", "govuk-tag--green");
			case AMBER -> new DueStatus("Due soon", "govuk-tag--yellow");
			case RED -> new DueStatus("Overdue", "govuk-tag--red");
			case MET -> new DueStatus("Met", "govuk-tag--grey");
			case BREACHED -> new DueStatus("Breached", "govuk-tag--red");
		};
	}

}
