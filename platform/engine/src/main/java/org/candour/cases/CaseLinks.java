package org.candour.cases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.Refusal;

import org.springframework.stereotype.Service;

/**
 * Links any case to another ({@code duplicate-of}, {@code related}) outside its workflow,
 * as one conditional update of the case with a history entry.
 */
@Service
public class CaseLinks {

	static final Set<String> RELATIONS = Set.of("duplicate-of", "related");

	private final Cases cases;

	private final Actors actors;

	private final CaseHistory history;

	private final Clock clock;

	private final CaseActions visible;

	CaseLinks(Cases cases, Actors actors, CaseHistory history, CaseActions visible, Optional<Clock> clock) {
		this.cases = cases;
		this.visible = visible;
		this.actors = actors;
		this.history = history;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public FeedbackCase link(String reference, String relation, String other, Long expectedVersion) {
		if (!RELATIONS.contains(relation)) {
			throw Refusal.rulesBroken("Unknown relation",
					List.of(new ApiError("/relation", "link.relation", "relation must be one of " + RELATIONS)));
		}
		FeedbackCase current = this.visible.load(reference);
		if (reference.equals(other) || !this.visible.mayLoad(other)) {
			throw Refusal.rulesBroken("Cannot link", List.of(new ApiError("/reference", "link.target-missing",
					"There is no other case with reference '" + other + "'")));
		}
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw Refusal.stale("The case was changed by someone else", Map.of("currentVersion", current.version()));
		}
		CaseState before = current.current();
		CaseLink link = new CaseLink(relation, other);
		if (before.links().contains(link)) {
			return current;
		}
		List<CaseLink> links = new ArrayList<>(before.links());
		links.add(link);
		CaseState after = before.withLinks(links);
		FeedbackCase next = this.history.append(current, this.clock.instant(), this.actors.current().name(), "link",
				after, relation + " " + other, current.pendingEscalations(), List.of());
		if (!this.cases.replace(current, next)) {
			throw Refusal.stale("The case was changed by someone else; try again", Map.of());
		}
		return next;
	}

}
