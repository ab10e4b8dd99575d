package org.candour.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.workflow.CaseClock;
import org.candour.definition.model.ClockDefinition;
import org.candour.workflow.ClockRuleException;
import org.candour.definition.model.Effect;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Applies a transition's configured effects to the working copy of a case. */
final class EffectApplier {

	private final CaseConfiguration configuration;

	private final ClockKeeper clocks;

	private final Actors.Actor actor;

	private final String caseId;

	private final int seq;

	private boolean reopening;

	EffectApplier(CaseConfiguration configuration, ClockKeeper clocks, Actors.Actor actor, String caseId, int seq) {
		this.configuration = configuration;
		this.clocks = clocks;
		this.actor = actor;
		this.caseId = caseId;
		this.seq = seq;
	}

	void apply(List<Effect> effects, CaseDraft draft, String action, Instant at, LocalDate receivedOn,
			Supplier<JsonNode> view) {
		int index = 0;
		for (Effect effect : effects) {
			JsonNode current = view.get();
			if (effect instanceof Effect.Set set) {
				set(draft, set, current);
			}
			else if (effect instanceof Effect.Clock clock) {
				clock(draft, clock, at, receivedOn, current);
			}
			else if (effect instanceof Effect.Assign assign) {
				assign(draft, assign, current, LocalDate.ofInstant(at, this.configuration.calendar().spec().zone()));
			}
			else if (effect instanceof Effect.Escalate escalate) {
				draft.escalations
					.add(new PendingEscalation(this.caseId + ":" + this.seq + ":" + index, escalate.feedbackType(),
							escalate.link(), escalate.carry() == null ? List.of() : escalate.carry()));
			}
			else if (effect instanceof Effect.Reclassify reclassify) {
				draft.reclassifyTo = reclassify.feedbackType();
			}
			else if (effect instanceof Effect.Close close) {
				draft.closureReason = close.reasonFrom() != null ? current.at(close.reasonFrom()).asString(null)
						: close.reason();
				draft.closedAt = at;
			}
			else if (effect instanceof Effect.Reopen reopen) {
				reopen(draft, reopen, current, at);
			}
			else if (effect instanceof Effect.Notify notify) {
				draft.notifications.add(new NotificationRequest(notify.template(), notify.to(), action, at));
			}
			else if (effect instanceof Effect.Take) {
				// taken after the change is recorded, by SystemChanges: never among a
				// transition's effects
			}
			else if (effect instanceof Effect.Link link) {
				draft.links.add(new CaseLink(link.relation(), current.at(link.source()).asString("")));
			}
			index++;
		}
	}

	/**
	 * Gives the case to an officer or a team; a team must exist on the day, and the case
	 * records where it sits in the structure.
	 */
	private void assign(CaseDraft draft, Effect.Assign assign, JsonNode view, LocalDate today) {
		String value = assign.source() != null ? view.at(assign.source()).asString(null) : assign.value();
		String assigned = value == null || value.isBlank() ? null : value;
		if ("team".equals(assign.to())) {
			if (assigned != null) {
				String pointer = assign.source() != null ? assign.source() : "";
				ApiError problem = OrgUnitChecks.problem(this.configuration.orgStructure(), assigned, today, pointer);
				if (problem != null) {
					throw Refusal.rulesBroken("The case cannot be given to '" + assigned + "'", List.of(problem));
				}
				draft.meta.set("teamPath", OrgUnitChecks.path(this.configuration.orgStructure(), assigned, today));
			}
			else {
				draft.meta.remove("teamPath");
			}
			draft.team = assigned;
		}
		else {
			draft.officer = assigned;
		}
	}

	private static void set(CaseDraft draft, Effect.Set set, JsonNode view) {
		JsonNode value = set.source() != null ? view.at(set.source()) : set.value();
		if (value == null || value.isMissingNode()) {
			return;
		}
		String[] parts = set.target().substring(1).split("/");
		ObjectNode target = switch (parts[0]) {
			case "data" -> draft.data;
			case "outcome" -> draft.outcome;
			default -> draft.meta;
		};
		for (int i = 1; i < parts.length - 1; i++) {
			String key = unescape(parts[i]);
			target = target.path(key).isObject() ? (ObjectNode) target.get(key) : target.putObject(key);
		}
		target.set(unescape(parts[parts.length - 1]), value.deepCopy());
	}

	private void clock(CaseDraft draft, Effect.Clock effect, Instant at, LocalDate receivedOn, JsonNode view) {
		ClockDefinition definition = this.configuration.workflow().clocks().get(effect.clock());
		CaseClock clock = draft.clock(effect.clock());
		try {
			switch (effect.operation()) {
				case "start" -> this.clocks.start(draft, definition, at, receivedOn, view);
				case "stop" -> draft.put(this.configuration.clocks().stop(running(clock, effect), definition, at));
				case "pause" -> draft.put(this.configuration.clocks().pause(running(clock, effect), at));
				case "resume" -> draft.put((this.reopening && clock != null && clock.stopped())
						? this.configuration.clocks().reopen(clock, definition, at)
						: this.configuration.clocks().resume(running(clock, effect), definition, at));
				case "extend" -> draft.put(extend(running(clock, effect), definition, effect, at, view));
				case "restart" -> this.clocks.restart(draft, running(clock, effect), definition, at, this.actor.name(),
						(effect.reasonFrom() == null) ? null : view.at(effect.reasonFrom()).asString(null));
				default -> throw new IllegalStateException("Unknown clock operation " + effect.operation());
			}
		}
		catch (ClockRuleException ex) {
			String pointer = effect.amountFrom() != null ? effect.amountFrom() : "/clocks/" + effect.clock();
			throw Refusal.rulesBroken(ex.getMessage(), List.of(new ApiError(pointer, ex.code(), ex.getMessage())));
		}
	}

	private CaseClock extend(CaseClock clock, ClockDefinition definition, Effect.Clock effect, Instant at,
			JsonNode view) {
		if (definition.extension() != null && !definition.extension().roles().isEmpty()
				&& !this.actor.hasAnyRole(definition.extension().roles())) {
			throw Refusal.notAllowed("Your role may not extend clock '" + definition.id() + "'");
		}
		int amount = effect.amountFrom() == null ? 0 : view.at(effect.amountFrom()).asInt(0);
		String reason = effect.reasonFrom() == null ? null : view.at(effect.reasonFrom()).asString(null);
		return this.configuration.clocks().extend(clock, definition, amount, reason, this.actor.name(), at);
	}

	/**
	 * Clears the closure and records the reopening in the case's meta ({@code reopened}:
	 * how often, when, by whom, why); clocks stopped by the closure may then be resumed
	 * by the transition's clock effects.
	 */
	private void reopen(CaseDraft draft, Effect.Reopen reopen, JsonNode view, Instant at) {
		String reason = view.at(reopen.reasonFrom()).asString("").strip();
		if (reason.isEmpty()) {
			throw Refusal.rulesBroken("A closed case is reopened only with a reason",
					List.of(new ApiError(reopen.reasonFrom(), "case.reopen-reason", "Give the reason for reopening")));
		}
		draft.closureReason = null;
		draft.closedAt = null;
		ObjectNode reopened = (draft.meta.get("reopened") instanceof ObjectNode given) ? given
				: draft.meta.putObject("reopened");
		reopened.put("count", reopened.path("count").asInt(0) + 1);
		reopened.put("at", at.toString());
		reopened.put("by", this.actor.name());
		reopened.put("reason", reason);
		this.reopening = true;
	}

	private static CaseClock running(CaseClock clock, Effect.Clock effect) {
		if (clock == null) {
			throw Refusal.rulesBroken("Clock not started", List.of(new ApiError("/clocks/" + effect.clock(),
					"clock.not-started", "Clock '" + effect.clock() + "' has not started on this case")));
		}
		return clock;
	}

	private static String unescape(String token) {
		return token.replace("~1", "/").replace("~0", "~");
	}

}
