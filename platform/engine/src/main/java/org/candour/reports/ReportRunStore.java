package org.candour.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.candour.tenancy.TenantContext;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The current tenant's report runs, their partitions' partial results, published
 * snapshots and claimed schedule slots. Each change is one conditional single-document
 * write; a result, once stored, is never replaced.
 */
@Component
class ReportRunStore {

	private final MongoTemplate mongo;

	ReportRunStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void create(ReportRun run) {
		runs().insertOne(new Document("_id", run.runId()).append("reportId", run.reportId())
			.append("configVersion", run.configVersion())
			.append("from", text(run.parameters().from()))
			.append("to", text(run.parameters().to()))
			.append("structure", run.parameters().structure())
			.append("status", run.status())
			.append("requestedBy", run.requestedBy())
			.append("requestedAt", Date.from(run.requestedAt())));
	}

	void started(String runId, long jobExecutionId, Instant at) {
		runs().updateOne(new Document("_id", runId).append("status", new Document("$ne", ReportRun.COMPLETED)),
				new Document("$set",
						new Document("status", ReportRun.RUNNING).append("jobExecutionId", jobExecutionId)
							.append("startedAt", Date.from(at))
							.append("heartbeatAt", Date.from(at))
							.append("error", null)));
	}

	void heartbeat(String runId, Instant at) {
		runs().updateOne(new Document("_id", runId).append("status", ReportRun.RUNNING),
				new Document("$set", new Document("heartbeatAt", Date.from(at))));
	}

	void failed(String runId, String error, Instant at, long durationMs) {
		runs().updateOne(new Document("_id", runId).append("status", new Document("$ne", ReportRun.COMPLETED)),
				new Document("$set",
						new Document("status", ReportRun.FAILED).append("error", error)
							.append("finishedAt", Date.from(at))
							.append("durationMs", durationMs)));
	}

	/**
	 * Stores the result unless one is stored already (a restarted run computes the same
	 * one); returns the hash of the result kept.
	 */
	String completed(String runId, String result, String hash, int rows, Instant at, long durationMs) {
		runs().updateOne(new Document("_id", runId).append("result", new Document("$exists", false)),
				new Document("$set",
						new Document("status", ReportRun.COMPLETED).append("result", result)
							.append("contentHash", hash)
							.append("rowCount", rows)
							.append("finishedAt", Date.from(at))
							.append("durationMs", durationMs)
							.append("error", null)));
		return find(runId).map(ReportRun::contentHash).orElse(hash);
	}

	Optional<ReportRun> find(String runId) {
		return Optional.ofNullable(runs().find(new Document("_id", runId)).first()).map(ReportRunStore::run);
	}

	Optional<String> result(String runId) {
		return Optional.ofNullable(runs().find(new Document("_id", runId)).first())
			.map(stored -> stored.getString("result"));
	}

	Optional<Long> jobExecutionId(String runId) {
		return Optional.ofNullable(runs().find(new Document("_id", runId)).first())
			.map(stored -> stored.get("jobExecutionId", Number.class))
			.map(Number::longValue);
	}

	/** Runs newest first, of one report or (with {@code null}) of all. */
	List<ReportRun> history(String reportId, int limit) {
		Document filter = (reportId == null) ? new Document() : new Document("reportId", reportId);
		List<ReportRun> found = new ArrayList<>();
		runs().find(filter)
			.projection(new Document("result", 0))
			.sort(new Document("requestedAt", -1).append("_id", -1))
			.limit(limit)
			.forEach(stored -> found.add(run(stored)));
		return found;
	}

	/**
	 * Runs whose last sign of life is before the given instant: still running, or still
	 * queued (the instance that queued them stopped).
	 */
	List<String> stalled(Instant before) {
		List<String> found = new ArrayList<>();
		runs()
			.find(new Document("$or",
					List.of(new Document("status", ReportRun.RUNNING).append("heartbeatAt",
							new Document("$lt", Date.from(before))),
							new Document("status", ReportRun.QUEUED).append("requestedAt",
									new Document("$lt", Date.from(before))))))
			.projection(new Document("_id", 1))
			.forEach(stored -> found.add(stored.getString("_id")));
		return found;
	}

	/** Claims a stalled run for this instance to restart; false if another did. */
	boolean claimStalled(String runId, Instant before, Instant now) {
		Document stale = new Document("$or",
				List.of(new Document("status", ReportRun.RUNNING).append("heartbeatAt",
						new Document("$lt", Date.from(before))),
						new Document("status", ReportRun.QUEUED).append("requestedAt",
								new Document("$lt", Date.from(before)))));
		return runs()
			.updateOne(new Document("_id", runId).append("$and", List.of(stale)),
					new Document("$set",
							new Document("status", ReportRun.RUNNING).append("heartbeatAt", Date.from(now))))
			.getModifiedCount() == 1;
	}

	void savePart(String runId, String partition, Document partial) {
		parts().replaceOne(new Document("_id", runId + "/" + partition),
				new Document("_id", runId + "/" + partition).append("runId", runId)
					.append("partition", partition)
					.append("partial", partial),
				new ReplaceOptions().upsert(true));
	}

	List<Document> parts(String runId) {
		List<Document> found = new ArrayList<>();
		parts().find(new Document("runId", runId))
			.sort(new Document("partition", 1))
			.forEach(stored -> found.add(stored.get("partial", Document.class)));
		return found;
	}

	void dropParts(String runId) {
		parts().deleteMany(new Document("runId", runId));
	}

	/** Publishes a snapshot of a completed run; false if it was published already. */
	boolean publish(ReportRun run, String result, String by, Instant at) {
		try {
			snapshots().insertOne(new Document("_id", run.runId()).append("reportId", run.reportId())
				.append("from", text(run.parameters().from()))
				.append("to", text(run.parameters().to()))
				.append("structure", run.parameters().structure())
				.append("configVersion", run.configVersion())
				.append("contentHash", run.contentHash())
				.append("publishedBy", by)
				.append("publishedAt", Date.from(at))
				.append("result", result));
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				return false;
			}
			throw ex;
		}
		runs().updateOne(new Document("_id", run.runId()), new Document("$set", new Document("published", true)));
		return true;
	}

	Optional<Document> snapshot(String runId) {
		return Optional.ofNullable(snapshots().find(new Document("_id", runId)).first());
	}

	List<Document> snapshots(String reportId) {
		List<Document> found = new ArrayList<>();
		snapshots().find(new Document("reportId", reportId))
			.projection(new Document("result", 0))
			.sort(new Document("publishedAt", -1).append("_id", -1))
			.forEach(found::add);
		return found;
	}

	/** Claims a schedule slot of a report for this instance; false if already claimed. */
	boolean claimSlot(String reportId, String slot, Instant at) {
		try {
			// the primary key is unique across the pooled tenants' documents: it names
			// the
			// tenant
			String id = TenantContext.require().value() + "/" + reportId + "@" + slot;
			slots().insertOne(new Document("_id", id).append("reportId", reportId)
				.append("slot", slot)
				.append("claimedAt", Date.from(at)));
			return true;
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				return false;
			}
			throw ex;
		}
	}

	private static ReportRun run(Document stored) {
		return new ReportRun(stored.getString("_id"), stored.getString("reportId"),
				stored.get("configVersion", Number.class).intValue(),
				new ReportResult.Parameters(date(stored.getString("from")), date(stored.getString("to")),
						stored.getString("structure")),
				stored.getString("status"), stored.getString("requestedBy"), instant(stored.getDate("requestedAt")),
				instant(stored.getDate("startedAt")), instant(stored.getDate("finishedAt")),
				number(stored, "durationMs"),
				(stored.get("rowCount") == null) ? null : stored.get("rowCount", Number.class).intValue(),
				stored.getString("contentHash"), stored.getString("error"),
				Boolean.TRUE.equals(stored.getBoolean("published")));
	}

	private static Long number(Document stored, String field) {
		Number value = stored.get(field, Number.class);
		return (value == null) ? null : value.longValue();
	}

	private static Instant instant(Date date) {
		return (date == null) ? null : date.toInstant();
	}

	private static LocalDate date(String text) {
		return (text == null) ? null : LocalDate.parse(text);
	}

	private static String text(LocalDate date) {
		return (date == null) ? null : date.toString();
	}

	private MongoCollection<Document> runs() {
		return this.mongo.getCollection(ReportCollections.RUNS);
	}

	private MongoCollection<Document> parts() {
		return this.mongo.getCollection(ReportCollections.PARTS);
	}

	private MongoCollection<Document> snapshots() {
		return this.mongo.getCollection(ReportCollections.SNAPSHOTS);
	}

	private MongoCollection<Document> slots() {
		return this.mongo.getCollection(ReportCollections.SLOTS);
	}

}
