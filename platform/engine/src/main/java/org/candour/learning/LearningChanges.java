package org.candour.learning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.cases.FeedbackCase;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;

/**
 * Changes a learning record: its own fields (a merge patch), its actions' fields and
 * states, new actions. The whole change is checked first and written as one conditional
 * replace of the record at the version it was made from; a stale version is refused. Then
 * the linked cases' learning counts are recomputed — also for a change that changes
 * nothing, which is how a summary a failure left behind is healed.
 */
@Service
class LearningChanges {

	private final LearningRecords records;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final LearningRules rules;

	private final ActionDrafts drafts;

	private final LearningCalendar calendar;

	private final Actors actors;

	private final CaseLearningSummaries summaries;

	LearningChanges(LearningRecords records, LearningRules rules, ActionDrafts drafts, LearningCalendar calendar,
			Actors actors, CaseLearningSummaries summaries,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.records = records;
		this.rules = rules;
		this.drafts = drafts;
		this.calendar = calendar;
		this.actors = actors;
		this.summaries = summaries;
	}

	/**
	 * Applies a request that matched {@code learning-patch}.
	 * @param expectedVersion the version the caller saw; null to change whatever is
	 * stored
	 */
	LearningRecord change(String id, JsonNode body, Long expectedVersion) {
		Actors.Actor actor = LearningEditors.require(this.actors);
		LearningRecord current = this.records.byId(id)
			.orElseThrow(() -> Refusal.notFound("There is no learning record " + id));
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw stale(current);
		}
		Instant now = this.calendar.now();
		List<ApiError> errors = new ArrayList<>();
		String statement = current.statement();
		if (body.has("statement")) {
			statement = LearningEditors.text(body, "statement");
			if (statement == null || statement.isEmpty()) {
				errors.add(new ApiError("/statement", "learning.statement-required", "Enter what was learned"));
			}
		}
		String theme = current.theme();
		if (body.has("theme")) {
			theme = body.path("theme").asString();
			this.rules.theme(theme, "/theme", errors);
		}
		List<String> cases = current.cases();
		String orgUnit = current.orgUnit();
		List<String> orgUnits = current.orgUnits();
		if (body.has("cases")) {
			List<String> references = LearningEditors.texts(body.path("cases"));
			List<FeedbackCase> found = this.rules.cases(references, "/cases", errors);
			cases = new ArrayList<>(new LinkedHashSet<>(references));
			orgUnit = LearningEditors.orgUnit(found);
			orgUnits = LearningEditors.orgUnits(found);
		}
		boolean publishable = body.has("publishable") ? body.path("publishable").asBoolean() : current.publishable();
		String publicWording = body.has("publicWording") ? LearningEditors.text(body, "publicWording")
				: current.publicWording();
		LearningRules.publication(publishable, publicWording, errors);
		List<LearningAction> actions = changedActions(current, body.path("actions"), actor, now, errors);
		JsonNode added = body.path("addActions");
		for (int i = 0; i < added.size(); i++) {
			String pointer = "/addActions/" + i;
			LearningAction action = this.drafts.planned("A" + (actions.size() + 1), added.get(i), actor.name(), now,
					pointer);
			this.rules.action(action, pointer, errors);
			actions.add(action);
		}
		LearningRules.refuseIfAny(errors);
		LearningRecord unchanged = new LearningRecord(current.id(), statement, theme, cases, orgUnit, orgUnits,
				publishable, publicWording, current.createdBy(), current.createdAt(), current.updatedBy(),
				current.updatedAt(), current.version(), actions);
		LearningRecord result = current;
		if (!unchanged.equals(current)) {
			result = new LearningRecord(current.id(), statement, theme, cases, orgUnit, orgUnits, publishable,
					publicWording, current.createdBy(), current.createdAt(), actor.name(), now, current.version() + 1,
					actions);
			if (!this.records.replace(result, current.version())) {
				throw stale(this.records.byId(id).orElse(current));
			}
			this.events.publishEvent(new LearningRecordChanged(result.id(), actor.name()));
		}
		Set<String> affected = new LinkedHashSet<>(current.cases());
		affected.addAll(result.cases());
		this.summaries.recompute(affected);
		return result;
	}

	private List<LearningAction> changedActions(LearningRecord current, JsonNode changes, Actors.Actor actor,
			Instant now, List<ApiError> errors) {
		List<LearningAction> actions = new ArrayList<>(current.actions());
		for (Map.Entry<String, JsonNode> change : changes.properties()) {
			String pointer = "/actions/" + change.getKey();
			int index = indexOf(actions, change.getKey());
			if (index < 0) {
				errors.add(new ApiError(pointer, "learning.action-unknown",
						"The record has no action " + change.getKey()));
				continue;
			}
			LearningAction action = this.drafts.changed(actions.get(index), change.getValue(), pointer);
			this.rules.action(action, pointer, errors);
			JsonNode state = change.getValue().path("state");
			if (state.isString() && !state.asString().equals(action.state().code())) {
				action = moved(action, ActionState.of(state.asString()), actor, now, pointer, errors);
			}
			actions.set(index, action);
		}
		return actions;
	}

	private static LearningAction moved(LearningAction action, ActionState next, Actors.Actor actor, Instant now,
			String pointer, List<ApiError> errors) {
		if (!action.state().mayMoveTo(next)) {
			errors.add(new ApiError(pointer + "/state", "learning.state-not-allowed",
					"An action that is " + action.state().code() + " cannot become " + next.code()));
			return action;
		}
		if (next == ActionState.VERIFIED && !actor.hasAnyRole(Set.of(EndpointRoles.MANAGER))) {
			throw Refusal.notAllowed("Only a manager may verify an action");
		}
		return action.movedTo(next, actor.name(), now);
	}

	private static int indexOf(List<LearningAction> actions, String id) {
		for (int i = 0; i < actions.size(); i++) {
			if (actions.get(i).id().equals(id)) {
				return i;
			}
		}
		return -1;
	}

	private static Refusal stale(LearningRecord stored) {
		return Refusal.stale("The learning record was changed by someone else; review the changes and try again",
				Map.of("currentVersion", stored.version()));
	}

}
