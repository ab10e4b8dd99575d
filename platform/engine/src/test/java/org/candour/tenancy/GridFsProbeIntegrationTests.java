package org.candour.tenancy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.UUID;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.candour.support.CandourIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.MongoDatabaseFactory;

@CandourIntegrationTest
class GridFsProbeIntegrationTests {

	@Autowired
	MongoDatabaseFactory factory;

	@Autowired
	TenantManagement tenants;

	@Test
	void probe() {
		CurrentTenant a = register("pooled");
		TenantContext.runAs(a, () -> {
			GridFSBucket bucket = GridFSBuckets.create(this.factory.getMongoDatabase(), "attachments");
			try {
				ObjectId id = bucket.uploadFromStream("x.txt", new ByteArrayInputStream("hello".getBytes()),
						new GridFSUploadOptions().metadata(new Document("k", "v")));
				System.out.println("PROBE uploaded " + id);
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				bucket.downloadToStream(id, out);
				System.out.println("PROBE downloaded " + out);
				System.out.println("PROBE found " + bucket.find(new Document("metadata.k", "v")).first());
				bucket.delete(id);
				System.out.println("PROBE deleted");
			}
			catch (Throwable ex) {
				ex.printStackTrace(System.out);
			}
		});
	}

	private CurrentTenant register(String isolation) {
		String id = "gfs-" + UUID.randomUUID().toString().substring(0, 8);
		return this.tenants
			.create(JsonMapper.builder()
				.build()
				.readTree("{\"id\":\"" + id + "\",\"name\":\"G " + id
						+ "\",\"kind\":\"council\",\"division\":\"england-and-wales\",\"isolation\":\"" + isolation
						+ "\"}"))
			.asCurrent();
	}

}
