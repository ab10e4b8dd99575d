package org.candour.queues;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.candour.cases.CaseConfiguration;
import org.candour.cases.CaseDocuments;
import org.candour.cases.CaseRecords;
import org.candour.cases.CaseScope;
import org.candour.definition.model.ClockDefinition;
import org.candour.workflow.CaseClock;

import org.springframework.stereotype.Service;

/**
 * The officer workspace's queues: the count of each queue and one sorted page of the
 * listed queue, taken from the tenant's open cases held in memory
 * ({@link QueueSnapshots}), so showing a queue costs no scan of the tenant's cases
 * however many there are. Sorted by due date, cases with a running clock come first and
 * the others after them.
 */
@Service
public class CaseQueues {

	private static final Comparator<QueueEntry> BY_REFERENCE = Comparator.comparing(QueueEntry::reference);

	private final QueueSnapshots snapshots;

	private final CaseRecords records;

	private final CaseDocuments documents;

	private final CaseScope scope;

	private final Clock clock;

	CaseQueues(QueueSnapshots snapshots, CaseRecords records, CaseDocuments documents, Optional<CaseScope> scope,
			Optional<Clock> clock) {
		this.snapshots = snapshots;
		this.records = records;
		this.documents = documents;
		this.scope = scope.orElse(CaseScope.EVERY_CASE);
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Counts and one page of a queue.
	 * @param request which cases, which queues to count, which to list and how
	 * @return the counts by queue name, the number of listed cases and the page of them
	 */
	public Board board(BoardRequest request) {
		CaseCriteria all = request.all().within(this.scope);
		Map<String, CaseCriteria> queues = request.counts();
		Map<String, long[]> counted = new LinkedHashMap<>();
		queues.keySet().forEach(name -> counted.put(name, new long[1]));
		List<QueueEntry> listed = new ArrayList<>();
		for (QueueEntry entry : this.snapshots.current()) {
			if (!all.test(entry)) {
				continue;
			}
			queues.forEach((name, criteria) -> {
				if (criteria.test(entry)) {
					counted.get(name)[0]++;
				}
			});
			if (request.listed().test(entry)) {
				listed.add(entry);
			}
		}
		if (!CaseSort.DUE_FIRST.equals(request.sort())) {
			listed.sort(order(request.sort()));
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		counted.forEach((name, count) -> counts.put(name, count[0]));
		Instant now = this.clock.instant();
		List<QueueRow> page = listed.stream()
			.skip((long) request.page() * request.size())
			.limit(request.size())
			.map(entry -> row(entry, now))
			.toList();
		return new Board(counts, listed.size(), page);
	}

	private static Comparator<QueueEntry> order(CaseSort sort) {
		Comparator<QueueEntry> order = switch (sort.by()) {
			case DUE -> Comparator.comparing(QueueEntry::nextDue, Comparator
				.nullsLast(sort.descending() ? Comparator.<String>reverseOrder() : Comparator.<String>naturalOrder()));
			case RECEIVED -> sort.descending() ? Comparator.comparing(QueueEntry::receivedAt).reversed()
					: Comparator.comparing(QueueEntry::receivedAt);
			case REFERENCE -> sort.descending() ? BY_REFERENCE.reversed() : BY_REFERENCE;
		};
		return sort.by() == CaseSort.By.REFERENCE ? order : order.thenComparing(BY_REFERENCE);
	}

	private QueueRow row(QueueEntry entry, Instant now) {
		List<CaseClock> clocks = this.documents.clocks(entry.clocks());
		QueueRow.NearestClock nearest = clocks.stream()
			.filter(clock -> !clock.stopped() && clock.dueDate() != null)
			.min(Comparator.comparing(CaseClock::dueDate))
			.map(clock -> nearest(entry, clock, now))
			.orElse(null);
		return new QueueRow(entry.reference(), entry.version(), entry.feedbackType(), entry.state(), entry.orgUnit(),
				entry.team(), entry.officer(), entry.summary(), entry.channel(), entry.receivedAt(), nearest,
				entry.riskFlags(), entry.reassessRisk());
	}

	private QueueRow.NearestClock nearest(QueueEntry entry, CaseClock clock, Instant now) {
		CaseConfiguration configuration = this.records.configuration(entry.configVersion(), entry.feedbackType());
		ClockDefinition definition = configuration.workflow().clocks().get(clock.id());
		return new QueueRow.NearestClock(clock.id(), definition == null ? null : definition.label(), clock.dueDate(),
				definition == null ? null : configuration.clocks().rag(clock, definition, now), clock.paused());
	}

	/**
	 * What to read.
	 *
	 * @param all the cases the queues are made of (an investigator's are narrowed to
	 * their org units)
	 * @param counts each queue to count, by name, within {@code all}
	 * @param listed the cases to list, within {@code all}
	 * @param sort their order
	 * @param page the page, from 0
	 * @param size cases per page
	 */
	public record BoardRequest(CaseCriteria all, Map<String, CaseCriteria> counts, CaseCriteria listed, CaseSort sort,
			int page, int size) {
	}

	/**
	 * @param counts the number of cases in each queue, by name
	 * @param total the number of listed cases
	 * @param rows the page of listed cases
	 */
	public record Board(Map<String, Long> counts, long total, List<QueueRow> rows) {
	}

}
