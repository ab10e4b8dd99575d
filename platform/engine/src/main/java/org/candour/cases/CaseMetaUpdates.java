package org.candour.cases;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.candour.api.Actors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;

/**
 * Facts another module keeps on a case under one {@code meta} key (for guards to read),
 * such as the learning recorded for it. Setting a value is idempotent: a value equal to
 * the stored one writes nothing; otherwise it is one conditional update of the case with
 * a history entry, tried again on the newer case when someone else changed it first.
 */
@Service
public class CaseMetaUpdates {

	private static final int ATTEMPTS = 5;

	private final Cases cases;

	private final Actors actors;

	private final CaseHistory history;

	private final Clock clock;

	CaseMetaUpdates(Cases cases, Actors actors, CaseHistory history, Optional<Clock> clock) {
		this.cases = cases;
		this.actors = actors;
		this.history = history;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Sets {@code meta.{key}} of the case to {@code value}, recording it as history entry
	 * {@code action}.
	 * @return whether the case holds the value now (false when the case does not exist or
	 * kept changing under it)
	 */
	public boolean put(CaseReference reference, String key, JsonNode value, String action, String comment) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Optional<FeedbackCase> found = this.cases.byReference(reference.value());
			if (found.isEmpty()) {
				return false;
			}
			FeedbackCase current = found.get();
			if (value.equals(current.current().meta().get(key))) {
				return true;
			}
			ObjectNode meta = current.current().meta().deepCopy();
			meta.set(key, value.deepCopy());
			FeedbackCase next = this.history.append(current, this.clock.instant(), this.actors.current().name(), action,
					current.current().withMeta(meta), comment, current.pendingEscalations(), List.of());
			if (this.cases.replace(current, next)) {
				return true;
			}
		}
		return false;
	}

}
