package org.candour.bench;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;

/**
 * The yardstick: the same documents written with the bare MongoDB driver, to the same
 * server, into a collection with the same indexes as {@code cases}.
 */
final class RawDriver {

	static final String SOURCE = "cases";

	static final String TARGET = "bench_raw_cases";

	private final MongoDatabase database;

	RawDriver(MongoClient client, String database) {
		this.database = client.getDatabase(database);
	}

	/** A case as the service stored it. */
	Document stored(String reference) {
		Document found = this.database.getCollection(SOURCE)
			.find(new Document("tenantId", Workload.TENANT).append("reference", reference))
			.first();
		if (found == null) {
			throw new IllegalStateException("No stored case " + reference);
		}
		return found;
	}

	/**
	 * (Re)creates the target collection with the indexes of {@code cases}.
	 * @return the names of the copied indexes
	 */
	List<String> prepare() {
		drop();
		MongoCollection<Document> target = this.database.getCollection(TARGET);
		List<String> copied = new ArrayList<>();
		for (Document index : this.database.getCollection(SOURCE).listIndexes()) {
			String name = index.getString("name");
			if ("_id_".equals(name)) {
				continue;
			}
			target.createIndex(index.get("key", Document.class),
					new IndexOptions().name(name).unique(index.getBoolean("unique", false)));
			copied.add(name);
		}
		return copied;
	}

	/**
	 * Inserts {@code count} copies of the logged case, each with a fresh {@code _id} and
	 * reference (the unique indexes need both).
	 */
	LatencyRecorder.PhaseResult inserts(Workers workers, int count, Document logged) {
		MongoCollection<Document> target = this.database.getCollection(TARGET);
		return workers.run("raw insertOne", count, count, (i, latencies) -> {
			Document copy = copy(logged, i, logged.get("version"));
			long start = System.nanoTime();
			target.insertOne(copy);
			latencies.record(start);
		});
	}

	/**
	 * Replaces each inserted document three times, conditionally on its version, with the
	 * content of a case after its transitions: what {@code CaseActions} writes.
	 */
	LatencyRecorder.PhaseResult replaces(Workers workers, int count, Document logged, Document transitioned) {
		MongoCollection<Document> target = this.database.getCollection(TARGET);
		int steps = Workload.STEPS.size();
		long initial = ((Number) logged.get("version")).longValue();
		return workers.run("raw replaceOne", count, count * steps, (i, latencies) -> {
			for (int s = 0; s < steps; s++) {
				Object expected = sameType(logged.get("version"), initial + s);
				Document next = copy(transitioned, i, sameType(logged.get("version"), initial + s + 1));
				// tenantId too, as the service's tenant scoping adds it: the embedded
				// server then uses the unique (tenantId, _id, version) index
				Document filter = new Document("tenantId", Workload.TENANT).append("_id", next.get("_id"))
					.append("version", expected);
				long start = System.nanoTime();
				long matched = target.replaceOne(filter, next).getMatchedCount();
				latencies.record(start);
				if (matched != 1) {
					throw new IllegalStateException("raw replaceOne matched " + matched + " documents: " + filter);
				}
			}
		});
	}

	void drop() {
		for (String name : this.database.listCollectionNames()) {
			if (TARGET.equals(name)) {
				this.database.getCollection(TARGET).drop();
			}
		}
	}

	private static Document copy(Document template, int number, Object version) {
		Document copy = new Document(template);
		copy.put("_id", Workload.TENANT + ":raw:" + number);
		copy.put("reference", "RAW-" + number);
		copy.put("version", version);
		return copy;
	}

	private static Object sameType(Object example, long value) {
		return example instanceof Integer ? Integer.valueOf((int) value) : Long.valueOf(value);
	}

}
