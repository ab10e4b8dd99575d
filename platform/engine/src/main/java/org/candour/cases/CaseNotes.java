package org.candour.cases;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.candour.api.Actors;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Records something that happened to a case outside its workflow (a file added, say) as a
 * history entry that changes nothing else: one conditional update of the case, tried
 * again when someone else changed the case in between.
 */
@Service
public class CaseNotes {

	private static final int ATTEMPTS = 5;

	private final CaseActions actions;

	private final Cases cases;

	private final Actors actors;

	private final CaseHistory history;

	private final Clock clock;

	CaseNotes(CaseActions actions, Cases cases, Actors actors, JsonMapper json, Optional<Clock> clock) {
		this.actions = actions;
		this.cases = cases;
		this.actors = actors;
		this.history = new CaseHistory(json);
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Adds a history entry {@code action} with {@code comment} to a case the caller may
	 * see.
	 * @return whether it was recorded (false when the case kept changing under it)
	 */
	public boolean note(CaseReference reference, String action, String comment) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			FeedbackCase current = this.actions.load(reference.value());
			HistoryEntry entry = this.history.entry(current.history(), this.clock.instant(),
					this.actors.current().name(), action, current.current(), current.current(), comment);
			FeedbackCase next = current.next(current.current(), entry, current.pendingEscalations(), List.of());
			if (this.cases.replace(next, current.version())) {
				return true;
			}
		}
		return false;
	}

}
