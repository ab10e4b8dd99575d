package org.candour.notifications;

import java.util.List;
import java.util.Optional;

import org.candour.cases.CaseLogged;
import org.candour.cases.CaseLookup;
import org.candour.cases.CaseReference;
import org.candour.cases.CaseTransitioned;
import org.candour.cases.FeedbackCase;
import org.candour.cases.NotificationRequest;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.FeedbackType;
import org.candour.surveys.ServiceSurveys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues notifications when a case has been stored: the acknowledgement of a new case
 * (its feedback type's {@code acknowledgementTemplate}) and what an action's
 * {@code notify} effects asked for the complainant (those to staff are the staff notices
 * module's), and the invitation to the survey of a case that has closed (its feedback
 * type's {@code survey.notificationTemplate}). Only writes the outbox and hands sending
 * to the dispatcher's background thread; whatever goes wrong here is logged and never
 * reaches the request, whose case is already stored. Synthetic demo cases are never
 * notified.
 */
@Component
class CaseNotificationTriggers {

	static final String LOGGED = "logged";

	static final String SURVEY = "survey";

	private static final Logger log = LoggerFactory.getLogger(CaseNotificationTriggers.class);

	private final CaseLookup cases;

	private final ActiveConfigurations configurations;

	private final NotificationComposer composer;

	private final Outbox outbox;

	private final NotificationDispatcher dispatcher;

	CaseNotificationTriggers(CaseLookup cases, ActiveConfigurations configurations, NotificationComposer composer,
			Outbox outbox, NotificationDispatcher dispatcher) {
		this.cases = cases;
		this.configurations = configurations;
		this.composer = composer;
		this.outbox = outbox;
		this.dispatcher = dispatcher;
	}

	@EventListener
	void on(CaseLogged logged) {
		safely(logged.reference(), logged.written(), logged.contactGiven(), true, notice -> {
			String template = notice.feedbackType().acknowledgementTemplate();
			if (template != null) {
				queue(notice, template, LOGGED, NotificationComposer.RESIDENT);
			}
		});
	}

	@EventListener
	void on(CaseTransitioned transitioned) {
		requested(transitioned);
		surveyInvitation(transitioned);
	}

	/**
	 * Invites the resident of a case that has just closed to its feedback type's survey
	 * (its {@code survey.notificationTemplate}); the outbox's id makes it once per case.
	 */
	private void surveyInvitation(CaseTransitioned transitioned) {
		if (transitioned.written().filter(written -> written.current().open()).isPresent()) {
			return;
		}
		safely(transitioned.reference(), transitioned.written(), Optional.empty(), false, notice -> {
			FeedbackType type = notice.feedbackType();
			if (ServiceSurveys.offered(notice.feedbackCase(), type) && type.survey().notificationTemplate() != null) {
				queue(notice, type.survey().notificationTemplate(), SURVEY, NotificationComposer.RESIDENT);
			}
		});
	}

	private void requested(CaseTransitioned transitioned) {
		if (transitioned.written()
			.filter(written -> written.notifications()
				.stream()
				.noneMatch(request -> request.action().equals(transitioned.action())
						&& NotificationComposer.RESIDENT.equals(request.to())))
			.isPresent()) {
			return;
		}
		safely(transitioned.reference(), transitioned.written(), Optional.empty(), false, notice -> {
			List<NotificationRequest> requested = notice.feedbackCase().notifications();
			for (int i = 0; i < requested.size(); i++) {
				NotificationRequest request = requested.get(i);
				if (request.action().equals(transitioned.action())
						&& NotificationComposer.RESIDENT.equals(request.to())) {
					queue(notice, request.template(), "action-" + (i + 1) + "-" + request.action(), request.to());
				}
			}
		});
	}

	private void queue(CaseNotice notice, String template, String trigger, String recipient) {
		Optional<Notification> composed = this.composer.compose(notice, template, trigger, recipient);
		if (composed.isPresent() && this.outbox.add(composed.get())
				&& composed.get().status() == NotificationStatus.PENDING) {
			this.dispatcher.soon(composed.get().id());
		}
	}

	/**
	 * @param contactGiven the contact details when the event carries them (else they are
	 * read)
	 * @param justLogged whether the case was logged by this very request (its tracking
	 * links can have been revoked by nobody yet)
	 */
	private void safely(CaseReference reference, Optional<FeedbackCase> written, Optional<ObjectNode> contactGiven,
			boolean justLogged, java.util.function.Consumer<CaseNotice> work) {
		try {
			Optional<FeedbackCase> found = written.isPresent() ? written : this.cases.find(reference);
			if (found.isEmpty() || this.cases.synthetic(found.get())) {
				return;
			}
			FeedbackCase feedbackCase = found.get();
			JsonNode contact = written.isPresent() && contactGiven.isPresent() ? contactGiven.get()
					: this.cases.contact(feedbackCase).orElseGet(JsonNodeFactory.instance::objectNode);
			work.accept(new CaseNotice(feedbackCase, this.configurations.version(feedbackCase.configVersion()), contact,
					justLogged && written.isPresent()));
		}
		catch (RuntimeException ex) {
			log.error("Notifications of case {} could not be queued", reference.value(), ex);
		}
	}

}
