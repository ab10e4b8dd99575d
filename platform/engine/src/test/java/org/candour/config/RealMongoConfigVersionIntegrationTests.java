package org.candour.config;

import java.util.List;

import org.candour.tenancy.NewTenant;
import org.candour.CandourApplication;
import org.candour.definition.ConfigDocument;
import org.candour.support.ConfigFixtures;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publish, rollback and chain verification against a real MongoDB 8; skipped without
 * Docker.
 */
@Tag("real-mongo")
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = CandourApplication.class, properties = "candour.demo.enabled=false")
class RealMongoConfigVersionIntegrationTests {

	@Container
	static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("candour.mongodb.uri", () -> MONGO.getReplicaSetUrl("candour"));
		registry.add("candour.integrity.key", () -> "integrity-key-for-the-real-mongodb-tests");
	}

	@Autowired
	TenantManagement tenants;

	@Autowired
	ConfigPublisher publisher;

	@Autowired
	VersionHistory history;

	@Test
	void publishesRollsBackAndVerifiesOnARealServer() {
		CurrentTenant tenant = this.tenants.create(new NewTenant("real-mongo", "Real", "council", "england-and-wales"))
			.asCurrent();
		List<ConfigDocument> first = ConfigFixtures.documents("minimal").stream().map(ConfigDocument::of).toList();
		List<ConfigDocument> second = first.stream().map(doc -> {
			ObjectNode copy = doc.content().deepCopy();
			copy.put("title", "Changed " + doc.id());
			return ConfigDocument.of(copy);
		}).toList();
		TenantContext.runAs(tenant, () -> {
			assertThat(this.publisher.publish(first, "one", null).version().number()).isEqualTo(1);
			assertThat(this.publisher.publish(second, "two", null).version().number()).isEqualTo(2);
			assertThat(this.publisher.rollback(1, "back").version().number()).isEqualTo(3);
			assertThat(this.history.diff(1, 3)).isEmpty();
			assertThat(this.history.diff(1, 2)).hasSize(4);
			assertThat(this.history.verify().valid()).isTrue();
		});
	}

}
