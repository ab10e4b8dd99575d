package org.candour.queues;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.bson.Document;

/**
 * What queues need of one open case, read from its stored document's top-level copies:
 * enough to count, filter, sort and show it. Its clocks stay as stored until the case is
 * shown.
 *
 * @param id storage id
 * @param reference public reference
 * @param version the case's version
 * @param configVersion the configuration version it is pinned to
 * @param feedbackType its feedback type
 * @param state its workflow state
 * @param stateCategory new, open or waiting
 * @param orgUnit the unit it is about
 * @param team the team it is allocated to
 * @param officer the officer it is allocated to
 * @param summary one-line summary
 * @param channel how it arrived
 * @param receivedAt when it was received
 * @param nextDue the earliest due date of a running clock (YYYY-MM-DD), or {@code null}
 * @param breached whether a clock is marked breached
 * @param riskFlags the high-risk flags of its risk assessment
 * @param clocks its clocks, as stored
 * @param reassessRisk whether its case data changed after its risk assessment
 * ({@code meta.risk.reassess})
 */
record QueueEntry(String id, String reference, long version, int configVersion, String feedbackType, String state,
		String stateCategory, String orgUnit, String team, String officer, String summary, String channel,
		Instant receivedAt, String nextDue, boolean breached, Set<String> riskFlags, List<Document> clocks,
		boolean reassessRisk) {

	/** Soonest due first, then those without a running clock; ties by reference. */
	static final java.util.Comparator<QueueEntry> BY_DUE = java.util.Comparator
		.comparing(QueueEntry::nextDue, java.util.Comparator.nullsLast(java.util.Comparator.<String>naturalOrder()))
		.thenComparing(QueueEntry::reference);

	/** The stored fields an entry is read from. */
	static final List<String> FIELDS = List.of("_id", "reference", "version", "configVersion", "feedbackType", "state",
			"stateCategory", "orgUnit", "team", "officer", "summary", "channel", "receivedAtDate", "nextDue",
			"breached", "current.clocks", CaseCriteria.RISK_FLAGS, "current.meta.risk.reassess");

	static QueueEntry of(Document stored) {
		Document current = stored.get("current", Document.class);
		List<Document> clocks = current == null ? List.of() : current.getList("clocks", Document.class, List.of());
		return new QueueEntry(stored.getString("_id"), stored.getString("reference"),
				((Number) stored.get("version")).longValue(), ((Number) stored.get("configVersion")).intValue(),
				stored.getString("feedbackType"), stored.getString("state"), stored.getString("stateCategory"),
				stored.getString("orgUnit"), stored.getString("team"), stored.getString("officer"),
				stored.getString("summary"), stored.getString("channel"),
				stored.get("receivedAtDate", Date.class).toInstant(), stored.getString("nextDue"),
				Boolean.TRUE.equals(stored.getBoolean("breached")), riskFlags(current), List.copyOf(clocks),
				reassessRisk(current));
	}

	boolean unassigned() {
		return this.team == null && this.officer == null;
	}

	private static boolean reassessRisk(Document current) {
		Object meta = current == null ? null : current.get("meta");
		Object risk = meta instanceof Document found ? found.get("risk") : null;
		return risk instanceof Document found && Boolean.TRUE.equals(found.get("reassess"));
	}

	private static Set<String> riskFlags(Document current) {
		Object outcome = current == null ? null : current.get("outcome");
		Object assessment = outcome instanceof Document found ? found.get("riskAssessment") : null;
		Object flags = assessment instanceof Document found ? found.get("highRiskFlags") : null;
		return flags instanceof List<?> list ? Set.copyOf(list.stream().map(String::valueOf).toList()) : Set.of();
	}

}
