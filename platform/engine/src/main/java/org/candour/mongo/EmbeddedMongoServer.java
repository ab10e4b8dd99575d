package org.candour.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.Optional;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * The embedded MongoDB-compatible server, bound to a random port on the loopback
 * interface only (there is no setting for the address: it accepts unauthenticated
 * connections, so it must never listen beyond the machine). On the file backend every
 * acknowledged write is in the data file before its reply ({@link DurableH2Backend}).
 */
class EmbeddedMongoServer implements DisposableBean {

	static final String LOOPBACK = "127.0.0.1";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

	private final MongoServer server;

	private final DurableH2Backend fileBackend;

	private final String connectionString;

	private final String storage;

	EmbeddedMongoServer(MongoSettings.Embedded settings) {
		MongoBackend backend;
		if (settings.inMemory()) {
			backend = new MemoryBackend();
			this.fileBackend = null;
			this.storage = "memory (nothing is kept after shutdown)";
		}
		else {
			createDirectories(settings);
			this.fileBackend = openFile(settings);
			backend = this.fileBackend;
			this.storage = settings.dataFile().toAbsolutePath().normalize().toString();
			log.info("Each write to {} is committed before it is acknowledged{}", this.storage, settings.fsync()
					? " and forced to disk (fsync)" : " (no fsync: survives a killed process, " + "not a power cut)");
		}
		backend.version(ServerVersion.MONGO_5_0);
		this.server = new MongoServer(backend);
		this.server.bind(LOOPBACK, 0);
		InetSocketAddress address = this.server.getLocalAddress();
		if (!address.getAddress().isLoopbackAddress()) {
			this.server.shutdownNow();
			throw new IllegalStateException("The embedded MongoDB-compatible server must listen on loopback only");
		}
		this.connectionString = "mongodb://" + LOOPBACK + ":" + address.getPort();
		log.info("Embedded MongoDB-compatible server on {} storing data in {}", this.connectionString, this.storage);
	}

	private static DurableH2Backend openFile(MongoSettings.Embedded settings) {
		StoreWatch watch = new StoreWatch();
		MVStore store = new MVStore.Builder().fileName(settings.dataFile().toString())
			.backgroundExceptionHandler(watch)
			.open();
		watch.watchWriterOf(store);
		return new DurableH2Backend(store, watch, settings.fsync());
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

	InetSocketAddress address() {
		return this.server.getLocalAddress();
	}

	/**
	 * Why the file backend cannot be trusted to keep writes, if it cannot (never for the
	 * memory backend).
	 */
	Optional<String> problem() {
		return this.fileBackend == null ? Optional.empty() : this.fileBackend.problem();
	}

	/** The file backend's store (tests). */
	Optional<MVStore> fileStore() {
		return Optional.ofNullable(this.fileBackend).map(DurableH2Backend::getMvStore);
	}

	@Override
	public void destroy() {
		this.server.shutdown();
	}

}
