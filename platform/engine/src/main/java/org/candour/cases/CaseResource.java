package org.candour.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.candour.workflow.CaseClock;
import tools.jackson.databind.node.ObjectNode;

/** A case as the API shows it (contact details are not part of it). */
public record CaseResource(String reference, String feedbackType, String workflow, String state, String stateCategory,
		long version, int configVersion, String channel, Instant receivedAt, LocalDate receivedOn,
		String backdatedReason, String orgUnit, String team, String officer, String summary, ObjectNode data,
		ObjectNode outcome, ObjectNode meta, List<CaseClock> clocks, String nextDue, List<CaseLink> links,
		String closureReason, Instant closedAt, List<PendingEscalation> pendingEscalations,
		List<NotificationRequest> notifications, Instant createdAt, Instant updatedAt) {

	/** The case as the API shows it. */
	public static CaseResource of(FeedbackCase c) {
		CaseState s = c.current();
		return new CaseResource(c.reference(), s.feedbackType(), s.workflow(), s.state(), s.stateCategory(),
				c.version(), c.configVersion(), c.channel(), c.receivedAt(), c.receivedOn(), c.backdatedReason(),
				s.orgUnit(), s.team(), s.officer(), s.summary(), s.data(), s.outcome(), s.meta(), s.clocks(),
				CaseCodec.nextDue(s), s.links(), s.closureReason(), s.closedAt(), c.pendingEscalations(),
				c.notifications(), c.createdAt(), c.updatedAt());
	}

}
