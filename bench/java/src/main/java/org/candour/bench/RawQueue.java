package org.candour.bench;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import org.bson.Document;

/**
 * Queue reads with the bare MongoDB driver, straight on the cases collection: the
 * yardsticks of the queue page.
 */
final class RawQueue {

	private final MongoCollection<Document> cases;

	private final String tenant;

	RawQueue(MongoCollection<Document> cases, String tenant) {
		this.cases = cases;
		this.tenant = tenant;
	}

	/** The least a queue page reads: 50 open cases by due date, only the row fields. */
	int pageOfFifty() {
		List<Document> rows = new ArrayList<>();
		this.cases.find(open())
			.projection(Projections.include("reference", "version", "feedbackType", "state", "orgUnit", "team",
					"officer", "summary", "channel", "receivedAtDate", "nextDue", "current.clocks"))
			.sort(new Document("nextDue", 1).append("reference", 1))
			.limit(50)
			.into(rows);
		return rows.size();
	}

	/**
	 * A straightforward queue page: each of eight queues counted, then 50 whole cases.
	 */
	int naiveQueuePage() {
		long counted = 0;
		for (Document queue : List.of(new Document("stateCategory", "new"), new Document("unassigned", true),
				new Document("officer", "manager@demo-unitary"), new Document("team", "complaints-team"),
				new Document("breached", false).append("nextDue", new Document("$lte", "2026-12-01")),
				new Document("breached", true), new Document("team", new Document("$nin", List.of("complaints-team"))),
				new Document())) {
			Document filter = open();
			filter.putAll(queue);
			counted += this.cases.countDocuments(filter);
		}
		List<Document> rows = new ArrayList<>();
		this.cases.find(open()).sort(new Document("nextDue", 1).append("reference", 1)).limit(50).into(rows);
		return (int) Math.min(Integer.MAX_VALUE, counted + rows.size());
	}

	LatencyRecorder.PhaseResult time(String name, QueueBenchSettings settings, java.util.function.IntSupplier read) {
		for (int i = 0; i < Math.min(settings.warmup(), 50); i++) {
			read.getAsInt();
		}
		int runs = Math.min(settings.requests(), 100);
		LatencyRecorder latencies = new LatencyRecorder(runs);
		long start = System.nanoTime();
		for (int i = 0; i < runs; i++) {
			long begun = System.nanoTime();
			read.getAsInt();
			latencies.record(begun);
		}
		return latencies.result(name, System.nanoTime() - start);
	}

	private Document open() {
		return new Document("tenantId", this.tenant).append("open", true);
	}

}
