package org.candour.mongo;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints one line saying where Candour listens and where its data is stored. */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final Environment environment;

	private final Optional<EmbeddedMongoServer> embedded;

	private final MongoSettings settings;

	StartupReport(Environment environment, Optional<EmbeddedMongoServer> embedded, MongoSettings settings) {
		this.environment = environment;
		this.embedded = embedded;
		this.settings = settings;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		String port = this.environment.getProperty("local.server.port", "?");
		String data = this.embedded.map(server -> "embedded MongoDB-compatible server, data in " + server.storage())
			.orElseGet(() -> "MongoDB at " + (this.settings.hasUri() ? redact(this.settings.uri())
					: this.environment.getProperty("spring.mongodb.uri", "(Boot connection details)")));
		log.info("Candour listening on http://localhost:{} ; {}", port, data);
	}

	private static String redact(String uri) {
		return uri.replaceAll("//[^@/]+@", "//***@");
	}

}
