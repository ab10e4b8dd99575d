package org.candour.imports;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

import org.bson.Document;
import org.bson.types.Binary;
import org.candour.tenancy.TenantCollection;
import org.candour.tenancy.TenantContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The file of an import while it runs, in chunks (a document holds at most 16 MB), so an
 * interrupted import can read it again; deleted when the import finishes.
 */
@Component
class ImportFiles {

	static final String COLLECTION = "import_files";

	private static final int CHUNK = 4 * 1024 * 1024;

	private final MongoTemplate mongo;

	ImportFiles(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void store(String run, byte[] content) {
		for (int seq = 0, from = 0; seq == 0 || from < content.length; seq++, from += CHUNK) {
			byte[] chunk = Arrays.copyOfRange(content, from, Math.min(content.length, from + CHUNK));
			this.mongo.getCollection(COLLECTION)
				.insertOne(new Document("_id", prefix(run) + seq).append("run", run)
					.append("seq", seq)
					.append("data", new Binary(chunk)));
		}
	}

	byte[] read(String run) {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		this.mongo.getCollection(COLLECTION)
			.find(new Document("run", run))
			.sort(new Document("seq", 1))
			.forEach(doc -> content.writeBytes(doc.get("data", Binary.class).getData()));
		return content.toByteArray();
	}

	void delete(String run) {
		this.mongo.getCollection(COLLECTION).deleteMany(new Document("run", run));
	}

	private static String prefix(String run) {
		return TenantContext.require().value() + ":" + run + ":";
	}

	@Configuration(proxyBeanMethods = false)
	static class Collections {

		@Bean
		TenantCollection importFilesCollection() {
			return new TenantCollection(COLLECTION, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
					TenantCollection.index("tenant_run", "tenantId", "run", "seq")));
		}

	}

}
