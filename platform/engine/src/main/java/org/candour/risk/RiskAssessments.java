package org.candour.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.candour.cases.CaseLookup;
import org.candour.cases.CaseMetaUpdates;
import org.candour.cases.CaseStored;
import org.candour.cases.FeedbackCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code meta.risk} of a case in step with its risk assessment after every write of
 * the case, and announces flags newly recorded. The meta write is a second write (the
 * case's own conditional update with a history entry {@code risk}), idempotent: a case
 * whose {@code meta.risk} already says the same is not written again, and a failed write
 * is healed by the next write of the case.
 */
@Component
class RiskAssessments {

	static final String KEY = "risk";

	private static final Logger log = LoggerFactory.getLogger(RiskAssessments.class);

	private final CaseLookup cases;

	private final CaseMetaUpdates meta;

	private final ApplicationEventPublisher events;

	RiskAssessments(CaseLookup cases, CaseMetaUpdates meta, ApplicationEventPublisher events) {
		this.cases = cases;
		this.meta = meta;
		this.events = events;
	}

	@EventListener
	void on(CaseStored stored) {
		try {
			Optional<FeedbackCase> found = this.cases.find(stored.reference());
			if (found.isEmpty()) {
				return;
			}
			FeedbackCase feedbackCase = found.get();
			Optional<ObjectNode> status = RiskStatus.of(feedbackCase);
			if (status.isEmpty()) {
				return;
			}
			JsonNode before = feedbackCase.current().meta().path(KEY);
			List<String> flags = RiskStatus.flags(status.get());
			if (!flags.isEmpty() && !flags.equals(RiskStatus.flags(before)) && !this.cases.synthetic(feedbackCase)) {
				List<String> units = new ArrayList<>();
				units.add(feedbackCase.current().orgUnit());
				units.add(feedbackCase.current().team());
				this.events.publishEvent(new CaseFlaggedHighRisk(feedbackCase.reference(), flags, units));
			}
			if (!this.meta.put(stored.reference(), KEY, status.get(), KEY, null)) {
				log.warn("meta.risk of case {} could not be written; its next change will", feedbackCase.reference());
			}
		}
		catch (RuntimeException ex) {
			log.error("Risk status of case {} could not be kept", stored.reference().value(), ex);
		}
	}

}
