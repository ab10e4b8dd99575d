package org.candour.cases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Completes escalations after the action that asked for them is committed: creates the
 * linked case of the next stage (idempotently, keyed by the escalation) carrying the
 * configured data forward, then records the link on the source case with a history entry.
 * A crash in between leaves the escalation pending; the next action or clock sweep on the
 * case completes it.
 */
@Component
class Escalations {

	private static final int ATTEMPTS = 10;

	private final Cases cases;

	private final People people;

	private final ObjectProvider<CaseIntake> intake;

	private final CaseConfigurations configurations;

	private final JsonMapper json;

	private final CaseHistory history;

	private final Clock clock;

	Escalations(Cases cases, People people, ObjectProvider<CaseIntake> intake, CaseConfigurations configurations,
			JsonMapper json, CaseHistory history, Optional<Clock> clock) {
		this.cases = cases;
		this.people = people;
		this.intake = intake;
		this.configurations = configurations;
		this.json = json;
		this.history = history;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	FeedbackCase complete(FeedbackCase source) {
		FeedbackCase current = source;
		for (PendingEscalation pending : source.pendingEscalations()) {
			FeedbackCase linked = createLinked(current, pending);
			current = recordLink(current.reference(), pending, linked.reference());
		}
		return current;
	}

	private FeedbackCase createLinked(FeedbackCase source, PendingEscalation pending) {
		Optional<FeedbackCase> existing = this.cases.byIdempotencyKey(pending.key());
		if (existing.isPresent()) {
			return existing.get();
		}
		CaseConfiguration target = this.configurations.active(pending.feedbackType());
		ObjectNode view = CaseView.of(source.current(), null, this.json);
		ObjectNode data = this.json.createObjectNode();
		for (String pointer : pending.carry()) {
			JsonNode value = view.at(pointer);
			if (!value.isMissingNode()) {
				data.set(pointer.substring(pointer.lastIndexOf('/') + 1), value.deepCopy());
			}
		}
		ObjectNode contact = this.people.of(source.id()).orElse(this.json.createObjectNode());
		CaseIntake.NewCase request = new CaseIntake.NewCase(target, data, contact, source.channel(),
				this.clock.instant(), null, source.current().orgUnit(), pending.key(),
				List.of(new CaseLink(pending.link(), source.reference())), "Escalated from " + source.reference(),
				source.current().meta().path("language").asString(null));
		return this.intake.getObject().store(request).feedbackCase();
	}

	private FeedbackCase recordLink(String reference, PendingEscalation pending, String linkedReference) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			FeedbackCase current = this.cases.byReference(reference).orElseThrow();
			if (current.pendingEscalations().stream().noneMatch(p -> p.key().equals(pending.key()))) {
				return current;
			}
			CaseState before = current.current();
			List<CaseLink> links = new ArrayList<>(before.links());
			links.add(new CaseLink("escalated-to", linkedReference));
			CaseState after = before.withLinks(links);
			List<PendingEscalation> remaining = current.pendingEscalations()
				.stream()
				.filter(p -> !p.key().equals(pending.key()))
				.toList();
			FeedbackCase next = this.history.append(current, this.clock.instant(), "system", "escalated", after,
					"Escalated to " + linkedReference, remaining, List.of());
			if (this.cases.replace(current, next)) {
				return next;
			}
		}
		throw new IllegalStateException("Could not record escalation link on " + reference);
	}

}
