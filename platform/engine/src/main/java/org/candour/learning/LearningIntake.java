package org.candour.learning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.cases.FeedbackCase;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;

/**
 * Records learning: checks the record's theme, cases and actions, allocates its id and
 * stores it in one write, then brings the linked cases' learning counts up to date.
 */
@Service
class LearningIntake {

	private static final int ATTEMPTS = 5;

	private final LearningRecords records;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final LearningIds ids;

	private final LearningRules rules;

	private final ActionDrafts drafts;

	private final LearningCalendar calendar;

	private final Actors actors;

	private final CaseLearningSummaries summaries;

	LearningIntake(LearningRecords records, LearningIds ids, LearningRules rules, ActionDrafts drafts,
			LearningCalendar calendar, Actors actors, CaseLearningSummaries summaries,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.records = records;
		this.ids = ids;
		this.rules = rules;
		this.drafts = drafts;
		this.calendar = calendar;
		this.actors = actors;
		this.summaries = summaries;
	}

	/** Stores a new record from a request that matched {@code learning-create}. */
	LearningRecord record(JsonNode body) {
		Actors.Actor actor = LearningEditors.require(this.actors);
		Instant now = this.calendar.now();
		List<ApiError> errors = new ArrayList<>();
		String statement = LearningEditors.text(body, "statement");
		if (statement == null || statement.isEmpty()) {
			errors.add(new ApiError("/statement", "learning.statement-required", "Enter what was learned"));
		}
		String theme = body.path("theme").asString();
		this.rules.theme(theme, "/theme", errors);
		List<String> references = LearningEditors.texts(body.path("cases"));
		List<FeedbackCase> cases = this.rules.cases(references, "/cases", errors);
		List<LearningAction> actions = new ArrayList<>();
		JsonNode requested = body.path("actions");
		for (int i = 0; i < requested.size(); i++) {
			String pointer = "/actions/" + i;
			LearningAction action = this.drafts.planned("A" + (i + 1), requested.get(i), actor.name(), now, pointer);
			this.rules.action(action, pointer, errors);
			actions.add(action);
		}
		LearningRules.publication(body.path("publishable").asBoolean(false),
				LearningEditors.text(body, "publicWording"), errors);
		LearningRules.refuseIfAny(errors);
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			LearningRecord record = new LearningRecord(this.ids.next(), statement, theme,
					new ArrayList<>(new LinkedHashSet<>(references)), LearningEditors.orgUnit(cases),
					LearningEditors.orgUnits(cases), body.path("publishable").asBoolean(false),
					LearningEditors.text(body, "publicWording"), actor.name(), now, actor.name(), now, 0, actions);
			if (this.records.insert(record)) {
				this.summaries.recompute(record.cases());
				this.events.publishEvent(new LearningRecordChanged(record.id(), actor.name()));
				return record;
			}
		}
		throw new IllegalStateException("No free learning id after " + ATTEMPTS + " attempts");
	}

}
