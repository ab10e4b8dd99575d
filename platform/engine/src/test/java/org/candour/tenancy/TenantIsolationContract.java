package org.candour.tenancy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.UpdateOneModel;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.repository.support.Repositories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Guard rail: for every tenant-owned collection (declared ones, every Spring Data
 * repository's, and an arbitrary new one), tenant B can neither read nor change tenant
 * A's documents through the template or the driver, nor reach its GridFS files, in pooled
 * and siloed modes. Runs against the embedded server and, where Docker exists, a real
 * MongoDB.
 */
abstract class TenantIsolationContract {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MongoClient rawClient;

	@Autowired
	TenantManagement tenants;

	@Autowired
	List<TenantCollection> declared;

	@Autowired
	ApplicationContext context;

	@Autowired
	SiloNaming silos;

	@ParameterizedTest
	@ValueSource(strings = { "pooled", "siloed" })
	void noTenantCanReadOrChangeAnotherTenantsDocuments(String isolation) {
		CurrentTenant a = register(isolation);
		CurrentTenant b = register(isolation);
		for (String collection : tenantCollections()) {
			String ownId = "a-" + UUID.randomUUID();
			TenantContext.runAs(a, () -> coll(collection).insertOne(new Document("_id", ownId).append("marker", "a")));
			TenantContext.runAs(b, () -> assertBCannotReachA(collection, ownId, a));
			TenantContext.runAs(a, () -> {
				Document mine = coll(collection).find(new Document("_id", ownId)).first();
				assertThat(mine).as(collection).isNotNull();
				assertThat(mine.getString("marker")).as(collection).isEqualTo("a");
				assertThat(mine.getString("tenantId")).as(collection).isEqualTo(a.value());
			});
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "pooled", "siloed" })
	void noTenantCanFindDownloadRenameOrDeleteAnotherTenantsGridFsFiles(String isolation) {
		CurrentTenant a = register(isolation);
		CurrentTenant b = register(isolation);
		ObjectId file = TenantContext.callAs(a,
				() -> files().uploadFromStream("a.txt", new ByteArrayInputStream("tenant a".getBytes())));
		TenantContext.runAs(b, () -> {
			GridFSBucket bucket = files();
			assertThat(bucket.find().into(new ArrayList<>())).noneMatch(found -> found.getObjectId().equals(file));
			assertThat(bucket.find(new Document("_id", file)).first()).isNull();
			assertThatThrownBy(() -> bucket.openDownloadStream(file)).isInstanceOf(MongoGridFSException.class);
			assertThatThrownBy(() -> bucket.rename(file, "b.txt")).isInstanceOf(MongoGridFSException.class);
			assertThatThrownBy(() -> bucket.delete(file)).isInstanceOf(MongoGridFSException.class);
		});
		TenantContext.runAs(a, () -> {
			ByteArrayOutputStream content = new ByteArrayOutputStream();
			files().downloadToStream(file, content);
			assertThat(content.toString()).isEqualTo("tenant a");
			assertThat(files().find(new Document("_id", file)).first().getFilename()).isEqualTo("a.txt");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "pooled", "siloed" })
	void refusesToNameOrStampAnotherTenant(String isolation) {
		CurrentTenant a = register(isolation);
		CurrentTenant b = register(isolation);
		TenantContext.runAs(b, () -> {
			MongoCollection<Document> probe = coll("isolation_probe");
			assertThatThrownBy(() -> probe.insertOne(new Document("tenantId", a.value())))
				.isInstanceOf(TenantViolationException.class);
			assertThatThrownBy(() -> probe.find(new Document("tenantId", a.value())).first())
				.isInstanceOf(TenantViolationException.class);
			assertThatThrownBy(
					() -> probe.updateMany(new Document(), new Document("$set", new Document("tenantId", a.value()))))
				.isInstanceOf(TenantViolationException.class);
			assertThatThrownBy(() -> probe.aggregate(List.of(new Document("$lookup",
					new Document("from", "config_versions").append("localField", "x")
						.append("foreignField", "y")
						.append("as", "z"))))
				.first()).isInstanceOf(TenantViolationException.class);
			assertThatThrownBy(() -> probe.drop()).isInstanceOf(TenantViolationException.class);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "pooled", "siloed" })
	void tenantDataCannotBeTouchedOutsideATenantsWork(String isolation) {
		register(isolation);
		assertThatThrownBy(() -> coll("config_drafts").find().first())
			.isInstanceOf(TenantContext.MissingTenantException.class);
		assertThatThrownBy(() -> this.mongo.findAll(Document.class, "config_versions"))
			.isInstanceOf(TenantContext.MissingTenantException.class);
	}

	@org.junit.jupiter.api.Test
	void siloedTenantsDocumentsLiveInTheirOwnDatabase() {
		CurrentTenant siloed = register("siloed");
		String id = "s-" + UUID.randomUUID();
		TenantContext.runAs(siloed, () -> coll("isolation_probe").insertOne(new Document("_id", id)));
		String mainDatabase = this.mongo.getDb().getName();
		assertThat(this.rawClient.getDatabase(this.silos.databaseOf(siloed.id()))
			.getCollection("isolation_probe")
			.find(new Document("_id", id))
			.first()).isNotNull();
		assertThat(this.rawClient.getDatabase(mainDatabase)
			.getCollection("isolation_probe")
			.find(new Document("_id", id))
			.first()).isNull();
	}

	@org.junit.jupiter.api.Test
	void everyRepositoryStoresIntoAPlatformOrDeclaredTenantCollection() {
		Set<String> declaredNames = new TreeSet<>();
		this.declared.forEach(collection -> declaredNames.add(collection.name()));
		Repositories repositories = new Repositories(this.context);
		for (Class<?> domainType : repositories) {
			String collection = this.mongo.getCollectionName(domainType);
			assertThat(PlatformCollections.isPlatform(collection) || declaredNames.contains(collection))
				.as("%s stores into %s, which is neither a platform collection nor a declared TenantCollection",
						domainType.getSimpleName(), collection)
				.isTrue();
		}
	}

	private void assertBCannotReachA(String collection, String aId, CurrentTenant a) {
		MongoCollection<Document> mine = coll(collection);
		Document byId = new Document("_id", aId);
		assertThat(mine.find(new Document("marker", "a")).first()).as(collection).isNull();
		assertThat(mine.find(byId).first()).as(collection).isNull();
		assertThat(mine.countDocuments(byId)).as(collection).isZero();
		assertThat(mine.estimatedDocumentCount()).as(collection).isEqualTo(mine.countDocuments());
		assertThat(mine.distinct("_id", String.class).into(new ArrayList<>())).as(collection).doesNotContain(aId);
		assertThat(mine.aggregate(List.of(new Document("$match", byId))).first()).as(collection).isNull();
		Document change = new Document("$set", new Document("marker", "b"));
		assertThat(mine.updateMany(byId, change).getMatchedCount()).as(collection).isZero();
		assertThat(mine.updateOne(byId, change).getMatchedCount()).as(collection).isZero();
		assertThat(mine.replaceOne(byId, new Document("marker", "b")).getMatchedCount()).as(collection).isZero();
		assertThat(mine.findOneAndUpdate(byId, change)).as(collection).isNull();
		assertThat(mine.findOneAndDelete(byId)).as(collection).isNull();
		assertThat(mine.deleteMany(byId).getDeletedCount()).as(collection).isZero();
		assertThat(mine.bulkWrite(List.of(new UpdateOneModel<>(byId, change), new DeleteOneModel<>(byId)))
			.getMatchedCount()).as(collection).isZero();
		Query query = Query.query(Criteria.where("_id").is(aId));
		assertThat(this.mongo.findOne(query, Document.class, collection)).as(collection).isNull();
		assertThat(this.mongo.count(new Query(), collection)).as(collection).isEqualTo(mine.countDocuments());
		assertThat(this.mongo.updateMulti(query, Update.update("marker", "b"), collection).getMatchedCount())
			.as(collection)
			.isZero();
		assertThat(this.mongo.remove(query, collection).getDeletedCount()).as(collection).isZero();
		assertThat(this.mongo.findAll(Document.class, collection)).as(collection)
			.noneMatch(doc -> a.value().equals(doc.getString("tenantId")));
	}

	private Set<String> tenantCollections() {
		Set<String> names = new TreeSet<>();
		this.declared.forEach(collection -> names.add(collection.name()));
		Repositories repositories = new Repositories(this.context);
		repositories.forEach(type -> names.add(this.mongo.getCollectionName(type)));
		names.removeIf(PlatformCollections::isPlatform);
		names.add("isolation_probe");
		return names;
	}

	private CurrentTenant register(String isolation) {
		String id = "iso-" + UUID.randomUUID().toString().substring(0, 8);
		Tenant tenant = this.tenants
			.create(new NewTenant(id, "Isolation " + id, "council", "england-and-wales", null, isolation, null));
		return tenant.asCurrent();
	}

	private GridFSBucket files() {
		return GridFSBuckets.create(this.mongo.getDb(), "isolation_files");
	}

	private MongoCollection<Document> coll(String name) {
		return this.mongo.getCollection(name);
	}

}
