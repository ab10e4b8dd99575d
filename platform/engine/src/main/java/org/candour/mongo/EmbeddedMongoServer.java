package org.candour.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/** The embedded MongoDB-compatible server, bound to a random loopback port. */
class EmbeddedMongoServer implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

	private final MongoServer server;

	private final String connectionString;

	private final String storage;

	EmbeddedMongoServer(MongoSettings.Embedded settings) {
		MongoBackend backend;
		if (settings.inMemory()) {
			backend = new MemoryBackend();
			this.storage = "memory (nothing is kept after shutdown)";
		}
		else {
			createDirectories(settings);
			backend = new H2Backend(settings.dataFile().toString());
			this.storage = settings.dataFile().toAbsolutePath().normalize().toString();
		}
		backend.version(ServerVersion.MONGO_5_0);
		this.server = new MongoServer(backend);
		this.server.bind("127.0.0.1", 0);
		InetSocketAddress address = this.server.getLocalAddress();
		this.connectionString = "mongodb://127.0.0.1:" + address.getPort();
		log.info("Embedded MongoDB-compatible server on {} storing data in {}", this.connectionString, this.storage);
	}

	private static void createDirectories(MongoSettings.Embedded settings) {
		try {
			Files.createDirectories(settings.dataDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + settings.dataDir(), ex);
		}
	}

	String connectionString() {
		return this.connectionString;
	}

	String storage() {
		return this.storage;
	}

	@Override
	public void destroy() {
		this.server.shutdown();
	}

}
