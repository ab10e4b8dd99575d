package org.candour.config;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.candour.definition.ConfigDocument;
import org.candour.definition.Schemas;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.tenancy.TenantContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Stored configuration versions of the current tenant. */
@Component
class ConfigVersions {

	private final MongoTemplate mongo;

	private final DocumentCodec codec;

	private final Schemas schemas;

	ConfigVersions(MongoTemplate mongo, JsonMapper json, Schemas schemas) {
		this.mongo = mongo;
		this.codec = new DocumentCodec(json);
		this.schemas = schemas;
	}

	/**
	 * Writes a version completely. Overwrites an unreferenced leftover of a publication
	 * that failed before its pointer moved; only the holder of the publication claim
	 * calls this.
	 */
	void write(ConfigVersion version) {
		Document stored = summary(version).append("_id", id(version.number()))
			.append("documents", this.codec.toBson(version.documents()));
		collection().replaceOne(new Document("_id", id(version.number())), stored, new ReplaceOptions().upsert(true));
	}

	Optional<ConfigVersion> find(int number) {
		return Optional.ofNullable(collection().find(new Document("_id", id(number))).first()).map(this::fromBson);
	}

	/** Versions 1..active, newest first, without their documents. */
	List<ConfigVersion> list(int active) {
		List<ConfigVersion> versions = new ArrayList<>();
		collection().find(new Document("number", new Document("$lte", active)))
			.projection(Projections.exclude("documents"))
			.sort(Sorts.descending("number"))
			.forEach(stored -> versions.add(fromBson(stored)));
		return versions;
	}

	private static Document summary(ConfigVersion version) {
		return new Document("number", version.number()).append("publishedBy", version.publishedBy())
			.append("publishedAt", version.publishedAt().toString())
			.append("comment", version.comment())
			.append("contentHash", version.contentHash())
			.append("previousHash", version.previousHash())
			.append("hash", version.hash())
			.append("rollbackOf", version.rollbackOf());
	}

	private ConfigVersion fromBson(Document stored) {
		List<ConfigDocument> documents = this.codec.fromBson(stored.getList("documents", Document.class, List.of()));
		return new ConfigVersion(stored.getInteger("number"), documents, stored.getString("publishedBy"),
				Instant.parse(stored.getString("publishedAt")), stored.getString("comment"),
				stored.getString("contentHash"), stored.getString("previousHash"), stored.getString("hash"),
				stored.getInteger("rollbackOf"), CompiledConfiguration.of(documents, this.schemas));
	}

	private static String id(int number) {
		return TenantContext.require().value() + ":" + number;
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(ConfigCollections.VERSIONS);
	}

}
