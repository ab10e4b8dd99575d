package org.candour.security;

import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.candour.CandourApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With a MongoDB URI (outside the demo), Candour refuses to start with the embedded
 * authorization server's public defaults or demo users, and with half a platform identity
 * provider, naming the setting to change.
 */
class PublicDefaultsOutsideTheDemoTests {

	static final MongoServer MONGO = new MongoServer(new MemoryBackend().version(ServerVersion.MONGO_5_0));

	@BeforeAll
	static void startMongo() {
		MONGO.bind("127.0.0.1", 0);
	}

	@AfterAll
	static void stopMongo() {
		MONGO.shutdown();
	}

	@Test
	void refusesToStartWithoutTheOperatorsMachineSecret() {
		assertThatThrownBy(() -> start("--candour.security.embedded-auth-server.enabled=true")).rootCause()
			.hasMessageContaining("candour.security.bootstrap.client-secret");
	}

	@Test
	void refusesToStartWithThePublicDemoSecret() {
		assertThatThrownBy(() -> start("--candour.security.embedded-auth-server.enabled=true",
				"--candour.security.bootstrap.client-secret=candour-cli-secret"))
			.rootCause()
			.hasMessageContaining("candour.security.bootstrap.client-secret");
	}

	@Test
	void refusesToStartWithDemoUsers() {
		assertThatThrownBy(() -> start("--candour.security.embedded-auth-server.enabled=true",
				"--candour.security.bootstrap.client-secret=an-operator-secret-of-32-characters",
				"--candour.security.embedded-auth-server.demo-password=demo-password"))
			.rootCause()
			.hasMessageContaining("candour.security.embedded-auth-server.demo-password");
	}

	@Test
	void refusesToStartWithHalfAPlatformIdentityProvider() {
		assertThatThrownBy(() -> start("--candour.security.embedded-auth-server.enabled=false",
				"--candour.security.platform-admin.issuer=https://login.example.org/platform",
				"--candour.security.platform-admin.value=candour-platform-admins"))
			.rootCause()
			.hasMessageContaining("candour.security.platform-admin.audience");
	}

	private static void start(String... settings) {
		List<String> args = new ArrayList<>(List.of("--server.port=0",
				"--candour.mongodb.uri=mongodb://127.0.0.1:" + MONGO.getLocalAddress().getPort(),
				"--spring.main.banner-mode=off", "--candour.integrity.key=an-integrity-key-of-at-least-32-characters"));
		args.addAll(List.of(settings));
		try (ConfigurableApplicationContext started = new SpringApplicationBuilder(CandourApplication.class)
			.run(args.toArray(String[]::new))) {
			// started: the settings were accepted
		}
	}

}
