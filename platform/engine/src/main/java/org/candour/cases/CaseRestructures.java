package org.candour.cases;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.candour.api.Actors;

import org.springframework.stereotype.Service;

/**
 * Open cases and a restructure: how many open cases sit in units that end (about the
 * unit, or allocated to it as a team), and moving them to the unit that takes over the
 * work. Each move is one conditional write of the case with a history entry by whoever
 * asked, tried again on the newer case when someone else changed it first; closed cases
 * are never moved, so reports by the structure at the time keep them where they were
 * handled.
 */
@Service
public class CaseRestructures {

	static final String ACTION = "restructure";

	private static final int ATTEMPTS = 5;

	private final Cases cases;

	private final Actors actors;

	private final CaseHistory history;

	private final Clock clock;

	CaseRestructures(Cases cases, Actors actors, CaseHistory history, Optional<Clock> clock) {
		this.cases = cases;
		this.actors = actors;
		this.history = history;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * The number of the current tenant's open cases in each unit (about it or allocated
	 * to it).
	 */
	public Map<String, Long> openCasesIn(Collection<String> units) {
		Map<String, Long> counts = new LinkedHashMap<>();
		units.forEach(unit -> counts.put(unit, this.cases.count(inUnit(unit))));
		return counts;
	}

	/**
	 * Moves the open cases in unit {@code from} to unit {@code to}: the org unit and the
	 * team, where they are {@code from}, become {@code to}.
	 * @return the number of cases moved
	 */
	public int moveOpenCases(String from, String to, String comment) {
		int moved = 0;
		List<String> references = new java.util.ArrayList<>();
		this.cases.forEach(inUnit(from), new Document("reference", 1),
				stored -> references.add(stored.getString("reference")));
		for (String reference : references) {
			if (move(reference, from, to, comment)) {
				moved++;
			}
		}
		return moved;
	}

	private boolean move(String reference, String from, String to, String comment) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Optional<FeedbackCase> found = this.cases.byReference(reference);
			if (found.isEmpty() || !found.get().current().open()) {
				return false;
			}
			FeedbackCase current = found.get();
			CaseDraft draft = new CaseDraft(current.current());
			boolean changed = false;
			if (from.equals(draft.orgUnit)) {
				draft.orgUnit = to;
				changed = true;
			}
			if (from.equals(draft.team)) {
				draft.team = to;
				changed = true;
			}
			if (!changed) {
				return false;
			}
			FeedbackCase next = this.history.append(current, this.clock.instant(), this.actors.current().name(), ACTION,
					draft.toState(), comment, current.pendingEscalations(), List.of());
			if (this.cases.replace(current, next)) {
				return true;
			}
		}
		return false;
	}

	private static Document inUnit(String unit) {
		return new Document("open", true).append("$or",
				List.of(new Document("orgUnit", unit), new Document("team", unit)));
	}

}
