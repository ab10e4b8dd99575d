package org.candour.learning;

import java.time.Instant;

/** An action's move into a state: who moved it and when. */
public record StateChange(ActionState state, String by, Instant at) {
}
