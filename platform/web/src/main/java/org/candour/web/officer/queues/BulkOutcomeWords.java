package org.candour.web.officer.queues;

import java.util.stream.Collectors;

import org.candour.api.ApiError;
import org.candour.cases.CaseBulkActions;

import org.springframework.stereotype.Component;

/** What happened to one case of a bulk action, in plain words. */
@Component
class BulkOutcomeWords {

	private final QueueMessages messages;

	BulkOutcomeWords(QueueMessages messages) {
		this.messages = messages;
	}

	String of(CaseBulkActions.Outcome outcome, QueueVocabulary vocabulary) {
		String state = outcome.state() == null ? "" : vocabulary.stateLabel(outcome.state());
		return switch (outcome.result()) {
			case TAKEN -> this.messages.text("queues.bulk.outcome.taken", state);
			case CHANGED_SINCE_SEEN -> this.messages.text("queues.bulk.outcome.changed");
			case NOT_IN_THIS_STATE -> this.messages.text("queues.bulk.outcome.not-in-state", state);
			case NOT_A_BULK_ACTION -> this.messages.text("queues.bulk.outcome.not-bulk");
			case NOT_ALLOWED -> this.messages.text("queues.bulk.outcome.not-allowed");
			case NOT_FOUND -> this.messages.text("queues.bulk.outcome.not-found");
			case RULES_NOT_MET ->
				this.messages.text("queues.bulk.outcome.rules", outcome.errors().isEmpty() ? outcome.detail()
						: outcome.errors().stream().map(ApiError::message).collect(Collectors.joining("; ")));
		};
	}

}
