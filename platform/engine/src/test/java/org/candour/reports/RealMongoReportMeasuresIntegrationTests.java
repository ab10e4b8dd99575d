package org.candour.reports;

import org.junit.jupiter.api.Tag;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The measures' figures on a real MongoDB 8 are the figures on the embedded server (the
 * same tests, the same expected figures); skipped without Docker.
 */
@Tag("real-mongo")
@Testcontainers(disabledWithoutDocker = true)
class RealMongoReportMeasuresIntegrationTests extends ReportMeasuresIntegrationTests {

	@Container
	static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("candour.mongodb.uri", () -> MONGO.getReplicaSetUrl("candour"));
		registry.add("candour.integrity.key", () -> "integrity-key-for-the-real-mongodb-tests");
	}

}
