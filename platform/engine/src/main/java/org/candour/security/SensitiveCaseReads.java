package org.candour.security;

import org.candour.cases.CaseRead;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.FeedbackType;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every read of a case whose feedback type is marked sensitive (it may hold special
 * category data) by a signed-in person or an API client goes to the tenant's security
 * log, so who looked at which case can be answered; work outside a request is not
 * recorded.
 */
@Component
class SensitiveCaseReads {

	private final Callers callers;

	private final ActiveConfigurations configurations;

	private final SecurityEvents events;

	SensitiveCaseReads(Callers callers, ActiveConfigurations configurations, SecurityEvents events) {
		this.callers = callers;
		this.configurations = configurations;
		this.events = events;
	}

	@EventListener
	void on(CaseRead read) {
		this.callers.current()
			.filter(caller -> sensitive(read.feedbackType()))
			.ifPresent(caller -> this.events.record(SecurityEventType.SENSITIVE_CASE_READ, caller.name(), null,
					"read case " + read.reference().value() + " (" + read.feedbackType() + ", sensitive)"));
	}

	private boolean sensitive(String feedbackType) {
		return this.configurations.current()
			.map(version -> version.model().feedbackTypes().get(feedbackType))
			.map(FeedbackType::sensitive)
			.orElse(false);
	}

}
