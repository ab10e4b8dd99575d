package org.candour.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import org.bson.Document;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Chooses the MongoDB server: {@code candour.mongodb.uri} when set; Boot's own
 * {@code spring.mongodb.*} (or a Testcontainers service connection) when set; otherwise
 * the embedded server.
 */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@EnableConfigurationProperties(MongoSettings.class)
public class EmbeddedMongoAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(MongoConnectionDetails.class)
	@Conditional(NoBootMongoUriCondition.class)
	MongoConnectionDetails candourMongoConnectionDetails(MongoSettings settings,
			org.springframework.beans.factory.ObjectProvider<EmbeddedMongoServer> embedded) {
		String uri = settings.hasUri() ? settings.uri() : embedded.getObject().connectionString();
		ConnectionString connection = new ConnectionString(uri);
		String database = connection.getDatabase() != null ? connection.getDatabase() : settings.database();
		ConnectionString withDatabase = connection.getDatabase() != null ? connection
				: new ConnectionString(withPath(uri, database));
		return () -> withDatabase;
	}

	/**
	 * Started only when no URI at all is configured (tests against a real server set
	 * one).
	 */
	@Bean
	@Conditional(EmbeddedMongoCondition.class)
	EmbeddedMongoServer embeddedMongoServer(MongoSettings settings) {
		return new EmbeddedMongoServer(settings.embedded());
	}

	/**
	 * Boot's indicator sends {@code hello}, which the embedded server does not answer. On
	 * the embedded file backend, health is also DOWN when the store can no longer be
	 * trusted to keep writes (closed, in panic, or its background writer failed or
	 * stopped), even though it may still answer {@code ping}.
	 */
	@Bean(name = "mongoHealthIndicator")
	HealthIndicator mongoHealthIndicator(MongoClient client, MongoSettings settings,
			org.springframework.beans.factory.ObjectProvider<EmbeddedMongoServer> embedded) {
		return new AbstractHealthIndicator() {
			@Override
			protected void doHealthCheck(Health.Builder builder) {
				EmbeddedMongoServer server = embedded.getIfAvailable();
				java.util.Optional<String> problem = (server != null) ? server.problem() : java.util.Optional.empty();
				if (problem.isPresent()) {
					builder.down().withDetail("store", problem.get());
					return;
				}
				Document reply = client.getDatabase(settings.database()).runCommand(new Document("ping", 1));
				builder.up().withDetail("ping", reply.get("ok"));
			}
		};
	}

	private static String withPath(String uri, String database) {
		int query = uri.indexOf('?');
		String base = query < 0 ? uri : uri.substring(0, query);
		String params = query < 0 ? "" : uri.substring(query);
		int hosts = base.indexOf("://") + 3;
		int slash = base.indexOf('/', hosts);
		String prefix = slash < 0 ? base : base.substring(0, slash);
		return prefix + "/" + database + params;
	}

}
