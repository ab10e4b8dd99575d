package org.candour.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.candour.tenancy.TenantCollection;
import org.candour.tenancy.TenantContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The tenant's import runs, each updated once per row: the row it got to, its counts and
 * the row's problems in one write, so an interrupted run knows where to carry on.
 */
@Component
class ImportRuns {

	static final String COLLECTION = "imports";

	private final MongoTemplate mongo;

	ImportRuns(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void create(ImportRun run) {
		this.mongo.getCollection(COLLECTION)
			.insertOne(new Document("_id", storageId(run.id())).append("id", run.id())
				.append("mappingId", run.mappingId())
				.append("fileName", run.fileName())
				.append("dryRun", run.dryRun())
				.append("status", run.status())
				.append("by", run.by())
				.append("startedAt", Date.from(run.startedAt()))
				.append("rowsDone", 0)
				.append("imported", 0)
				.append("skipped", 0)
				.append("failed", 0)
				.append("problems", List.of()));
	}

	/** Records one row dealt with: counted under {@code count}, with its problems. */
	void row(String id, int row, String count, List<ImportProblem> problems) {
		Document update = new Document("$set", new Document("rowsDone", row)).append("$inc", new Document(count, 1));
		if (!problems.isEmpty()) {
			update.append("$push",
					new Document("problems",
							new Document("$each", problems.stream()
								.map(problem -> new Document("row", problem.row()).append("column", problem.column())
									.append("message", problem.message()))
								.toList())));
		}
		this.mongo.getCollection(COLLECTION).updateOne(new Document("_id", storageId(id)), update);
	}

	void finish(String id, String status, Instant at) {
		this.mongo.getCollection(COLLECTION)
			.updateOne(new Document("_id", storageId(id)),
					new Document("$set", new Document("status", status).append("finishedAt", Date.from(at))));
	}

	Optional<ImportRun> find(String id) {
		return Optional
			.ofNullable(this.mongo.getCollection(COLLECTION).find(new Document("_id", storageId(id))).first())
			.map(ImportRuns::read);
	}

	/** The newest runs first. */
	List<ImportRun> newest(int limit) {
		List<ImportRun> runs = new ArrayList<>();
		this.mongo.getCollection(COLLECTION)
			.find()
			.sort(new Document("startedAt", -1))
			.limit(limit)
			.forEach(doc -> runs.add(read(doc)));
		return runs;
	}

	/** Imports and dry runs that have not finished: interrupted, or running now. */
	List<ImportRun> unfinished() {
		List<ImportRun> runs = new ArrayList<>();
		this.mongo.getCollection(COLLECTION)
			.find(new Document("status", ImportRun.RUNNING))
			.forEach(doc -> runs.add(read(doc)));
		return runs;
	}

	/** Ends a run that cannot go on, with the problem that says why. */
	void abandon(String id, ImportProblem why, Instant at) {
		this.mongo.getCollection(COLLECTION)
			.updateOne(new Document("_id", storageId(id)),
					new Document("$set", new Document("status", ImportRun.FAILED).append("finishedAt", Date.from(at)))
						.append("$push",
								new Document("problems", new Document("row", why.row()).append("column", why.column())
									.append("message", why.message()))));
	}

	private static String storageId(String id) {
		return TenantContext.require().value() + ":" + id;
	}

	private static ImportRun read(Document doc) {
		List<ImportProblem> problems = doc.getList("problems", Document.class)
			.stream()
			.map(problem -> new ImportProblem(problem.getInteger("row"), problem.getString("column"),
					problem.getString("message")))
			.toList();
		Date finished = doc.getDate("finishedAt");
		return new ImportRun(doc.getString("id"), doc.getString("mappingId"), doc.getString("fileName"),
				doc.getBoolean("dryRun"), doc.getString("status"), doc.getString("by"),
				doc.getDate("startedAt").toInstant(), finished == null ? null : finished.toInstant(),
				doc.getInteger("rowsDone"), doc.getInteger("imported"), doc.getInteger("skipped"),
				doc.getInteger("failed"), problems);
	}

	@Configuration(proxyBeanMethods = false)
	static class Collections {

		@Bean
		TenantCollection importsCollection() {
			return new TenantCollection(COLLECTION, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
					TenantCollection.index("tenant_started", "tenantId", "startedAt")));
		}

	}

}
