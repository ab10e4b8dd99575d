package org.candour.cases;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.api.EndpointRoles;

import org.springframework.stereotype.Service;

/**
 * History entries that change nothing else about a case: internal notes
 * ({@value #ACTION}) and things that happened outside the workflow (a file added, say).
 * Each is one conditional update; such an entry conflicts with nothing anyone else could
 * have changed, so a lost race is simply tried again on the newer case.
 */
@Service
public class CaseNotes {

	/** The roles that may add notes. */
	public static final Set<String> ROLES = Set.of(EndpointRoles.OFFICER, EndpointRoles.MANAGER,
			EndpointRoles.INVESTIGATOR);

	public static final String ACTION = "note";

	static final int MAX_LENGTH = 4000;

	private static final int ATTEMPTS = 5;

	private final Cases cases;

	private final CaseActions actions;

	private final Actors actors;

	private final CaseHistory history;

	private final Clock clock;

	CaseNotes(Cases cases, CaseActions actions, Actors actors, CaseHistory history, Optional<Clock> clock) {
		this.cases = cases;
		this.actions = actions;
		this.actors = actors;
		this.history = history;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** An internal note by the caller. */
	public FeedbackCase add(String reference, String text) {
		Actors.Actor actor = this.actors.current();
		if (!actor.hasAnyRole(ROLES)) {
			throw Refusal.notAllowed("Adding notes needs one of the roles " + ROLES.stream().sorted().toList());
		}
		String note = text == null ? "" : text.strip();
		if (note.isEmpty() || note.length() > MAX_LENGTH) {
			throw Refusal.rulesBroken("The note is not valid", List
				.of(new ApiError("/text", "note.length", "Enter a note of up to " + MAX_LENGTH + " characters")));
		}
		return append(reference, ACTION, note, null).orElseThrow(
				() -> Refusal.stale("The case is changing too often to add a note; try again", java.util.Map.of()));
	}

	/**
	 * Adds a history entry {@code action} with {@code comment} to a case the caller may
	 * see.
	 * @return whether it was recorded (false when the case kept changing under it)
	 */
	public boolean note(CaseReference reference, String action, String comment) {
		return append(reference.value(), action, comment, null).isPresent();
	}

	/**
	 * Adds a history entry {@code action} that records a file the case now holds.
	 * @return whether it was recorded (false when the case kept changing under it)
	 */
	public boolean noteFile(CaseReference reference, String action, String comment, FileDigest file) {
		return append(reference.value(), action, comment, file).isPresent();
	}

	private Optional<FeedbackCase> append(String reference, String action, String comment, FileDigest file) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			FeedbackCase loaded = this.actions.load(reference);
			FeedbackCase current = file == null ? loaded : this.history.recorded(loaded).withFile(file);
			FeedbackCase next = this.history.append(current, this.clock.instant(), this.actors.current().name(), action,
					current.current(), comment, current.pendingEscalations(), List.of());
			if (this.cases.replace(loaded, next)) {
				return Optional.of(next);
			}
		}
		return Optional.empty();
	}

}
