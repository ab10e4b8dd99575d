package org.candour.staffnotices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.candour.cases.CaseState;
import org.candour.cases.CaseTransitioned;
import org.candour.cases.FeedbackCase;
import org.candour.cases.NotificationRequest;
import org.candour.notifications.StaffMessages;
import org.candour.notifications.StaffRecipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends what {@code notify} effects to staff asked for, after the change that asked for
 * them was written: an action's effects, and a clock's {@code onWarn} and
 * {@code onBreach} effects (and its default warning) run by the sweep. {@code assignee}
 * is the officer the case is allocated to (its team when it has none), {@code team} the
 * team, {@code managers} the members with the MANAGER role in the case's team (else its
 * org unit) or a unit above it. The staff template is read from the published
 * configuration; each request is sent once (trigger {@code action-<n>-<action>}, the
 * request's place among the case's requests), whatever repeats the event.
 */
@Component
class StaffNotifyEffects {

	private static final Logger log = LoggerFactory.getLogger(StaffNotifyEffects.class);

	private final NoticeCases cases;

	private final StaffMessages messages;

	StaffNotifyEffects(NoticeCases cases, StaffMessages messages) {
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
			List<NotificationRequest> requested = feedbackCase.notifications();
			for (int i = 0; i < requested.size(); i++) {
				NotificationRequest request = requested.get(i);
				if (request.action().equals(transitioned.action()) && !"complainant".equals(request.to())) {
					send(feedbackCase, request, "action-" + (i + 1) + "-" + request.action());
				}
			}
		}
		catch (RuntimeException ex) {
			log.error("Staff notifications of case {} could not be queued", transitioned.reference().value(), ex);
		}
	}

	private void send(FeedbackCase feedbackCase, NotificationRequest request, String trigger) {
		Optional<StaffRecipient> recipient = recipient(feedbackCase.current(), request.to());
		if (recipient.isEmpty()) {
			log.warn("Case {} asks to notify its {} with '{}', but it has no {}", feedbackCase.reference(),
					request.to(), request.template(), "managers".equals(request.to()) ? "team or org unit" : "team");
			return;
		}
		Map<String, String> values = new LinkedHashMap<>();
		values.put("reference", feedbackCase.reference());
		values.put("caseLink", this.messages.pageLink("/cases/" + feedbackCase.reference()));
		feedbackCase.current().nextDue().ifPresent(due -> values.put("dueDate", Dates.spoken(due)));
		this.messages.send(feedbackCase.reference(), request.template(), trigger, recipient.get(), values);
	}

	private static Optional<StaffRecipient> recipient(CaseState state, String to) {
		return switch (to) {
			case "assignee" -> state.officer() != null ? Optional.of(StaffRecipient.member(state.officer()))
					: Optional.ofNullable(state.team()).map(StaffRecipient::team);
			case "team" -> Optional.ofNullable(state.team()).map(StaffRecipient::team);
			case "managers" -> Optional.ofNullable(state.team() != null ? state.team() : state.orgUnit())
				.map(StaffRecipient::managers);
			default -> Optional.empty();
		};
	}

}
