package org.candour.staffnotices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.candour.cases.CaseTransitioned;
import org.candour.cases.FeedbackCase;
import org.candour.cases.FieldChange;
import org.candour.cases.HistoryEntry;
import org.candour.notifications.StaffMessages;
import org.candour.notifications.StaffRecipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the officer or team a case was allocated to ({@code staff-case-assigned}) after
 * the action that allocated it: the history entry of the action names the change of
 * {@code /officer} or {@code /team}. One message per history entry and recipient (the
 * trigger is {@code assigned-<seq>-officer|team}); an officer who allocates a case to
 * themselves is not told, nor is the officer or team that the same change's own
 * {@code notify} effect tells (to the assignee, to the team). Synthetic demo cases are
 * never notified.
 */
@Component
class CaseAssignmentNotices {

	static final String TEMPLATE = "staff-case-assigned";

	private static final Logger log = LoggerFactory.getLogger(CaseAssignmentNotices.class);

	private final NoticeCases cases;

	private final StaffMessages messages;

	CaseAssignmentNotices(NoticeCases cases, StaffMessages messages) {
		this.cases = cases;
		this.messages = messages;
	}

	@EventListener
	void on(CaseTransitioned transitioned) {
		try {
			Optional<FeedbackCase> found = this.cases.of(transitioned);
			if (found.isEmpty()) {
				return;
			}
			FeedbackCase feedbackCase = found.get();
			List<HistoryEntry> history = feedbackCase.history();
			for (int i = history.size() - 1; i >= 0; i--) {
				if (history.get(i).action().equals(transitioned.action())) {
					notifyAllocation(feedbackCase, history.get(i));
					return;
				}
			}
		}
		catch (RuntimeException ex) {
			log.error("Allocation notices of case {} could not be queued", transitioned.reference().value(), ex);
		}
	}

	private void notifyAllocation(FeedbackCase feedbackCase, HistoryEntry entry) {
		java.util.Set<String> toldByEffects = new java.util.HashSet<>();
		feedbackCase.notifications()
			.stream()
			.filter(request -> request.action().equals(entry.action()) && request.requestedAt().equals(entry.at()))
			.forEach(request -> toldByEffects.add(request.to()));
		for (FieldChange change : entry.changes()) {
			String to = text(change.after());
			if (to == null || to.equals(entry.by())) {
				continue;
			}
			if (change.path().equals("/officer") && !toldByEffects.contains("assignee")) {
				send(feedbackCase, entry, "officer", StaffRecipient.member(to));
			}
			else if (change.path().equals("/team") && !toldByEffects.contains("team")) {
				send(feedbackCase, entry, "team", StaffRecipient.team(to));
			}
		}
	}

	private void send(FeedbackCase feedbackCase, HistoryEntry entry, String what, StaffRecipient recipient) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("reference", feedbackCase.reference());
		values.put("caseLink", this.messages.pageLink("/cases/" + feedbackCase.reference()));
		feedbackCase.current().nextDue().ifPresent(due -> values.put("dueDate", Dates.spoken(due)));
		this.messages.send(feedbackCase.reference(), TEMPLATE, "assigned-" + entry.seq() + "-" + what, recipient,
				values);
	}

	private static String text(JsonNode value) {
		return value != null && value.isString() && !value.asString().isBlank() ? value.asString() : null;
	}

}
