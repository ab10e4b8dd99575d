package org.candour.tenancy;

import org.candour.CandourApplication;
import org.junit.jupiter.api.Tag;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The isolation guard rail against a real MongoDB 8 replica set; skipped where Docker is
 * absent.
 */
@Tag("real-mongo")
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = CandourApplication.class, properties = "candour.demo.enabled=false")
class RealMongoTenantIsolationIntegrationTests extends TenantIsolationContract {

	@Container
	static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("candour.mongodb.uri", () -> MONGO.getReplicaSetUrl("candour"));
		registry.add("candour.integrity.key", () -> "integrity-key-for-the-real-mongodb-tests");
	}

}
