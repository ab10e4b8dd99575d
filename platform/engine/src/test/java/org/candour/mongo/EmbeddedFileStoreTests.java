package org.candour.mongo;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server on its H2 file backend: each acknowledged write is in the data file
 * before its reply, the store reports when it can no longer be trusted with writes, and
 * the server listens on loopback only.
 */
class EmbeddedFileStoreTests {

	@TempDir
	Path dataDir;

	@TempDir
	Path copyDir;

	private final List<EmbeddedMongoServer> started = new ArrayList<>();

	@AfterEach
	void stop() {
		for (EmbeddedMongoServer server : this.started) {
			try {
				server.destroy();
			}
			catch (RuntimeException ex) {
				// a store in panic is already closed
			}
		}
	}

	@ParameterizedTest(name = "fsync {0}")
	@ValueSource(booleans = { false, true })
	void everyAcknowledgedWriteIsInTheDataFileBeforeItsReply(boolean fsync) throws IOException {
		EmbeddedMongoServer server = start(this.dataDir, fsync);
		try (MongoClient client = MongoClients.create(server.connectionString())) {
			MongoCollection<Document> cases = client.getDatabase("candour").getCollection("cases");
			MongoCollection<Document> counters = client.getDatabase("candour").getCollection("counters");
			for (int i = 1; i <= 50; i++) {
				counters.findOneAndUpdate(new Document("_id", "seq"), new Document("$inc", new Document("seq", 1)),
						new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
				cases.insertOne(new Document("_id", i));
			}
			cases.updateOne(new Document("_id", 50), new Document("$set", new Document("state", "acknowledged")));
			// what a process killed now leaves: the file as the operating system has it
			Files.copy(this.dataDir.resolve("candour.mv"), this.copyDir.resolve("candour.mv"));
		}

		EmbeddedMongoServer reopened = start(this.copyDir, fsync);
		try (MongoClient client = MongoClients.create(reopened.connectionString())) {
			MongoCollection<Document> cases = client.getDatabase("candour").getCollection("cases");
			assertThat(cases.countDocuments()).isEqualTo(50);
			assertThat(cases.find(new Document("_id", 50)).first().getString("state")).isEqualTo("acknowledged");
			assertThat(client.getDatabase("candour").getCollection("counters").find().first().getInteger("seq"))
				.isEqualTo(50);
		}
	}

	@Test
	void aStoppedBackgroundWriterIsAProblem() {
		EmbeddedMongoServer server = start(this.dataDir, false);
		assertThat(server.problem()).isEmpty();
		store(server).setAutoCommitDelay(0);
		assertThat(server.problem()).hasValueSatisfying(problem -> assertThat(problem).contains("stopped"));
	}

	@Test
	void aFailedBackgroundWriteIsAProblem() {
		EmbeddedMongoServer server = start(this.dataDir, false);
		MVStore store = store(server);
		store.backgroundExceptionHandler.uncaughtException(Thread.currentThread(),
				new OutOfMemoryError("Java heap space"));
		assertThat(server.problem()).hasValueSatisfying(problem -> assertThat(problem).contains("Java heap space"));
	}

	@Test
	void aStoreInPanicIsAProblemAndRefusesWritesRatherThanAcknowledgeThem() {
		EmbeddedMongoServer server = start(this.dataDir, false);
		try (MongoClient client = MongoClients.create(server.connectionString())) {
			MongoCollection<Document> cases = client.getDatabase("candour").getCollection("cases");
			cases.insertOne(new Document("_id", 1));
			assertThatThrownBy(() -> store(server)
				.panic(DataUtils.newMVStoreException(DataUtils.ERROR_WRITING_FAILED, "disk full")))
				.isInstanceOf(MVStoreException.class);
			assertThat(server.problem()).hasValueSatisfying(problem -> assertThat(problem).contains("panic"));
			assertThatThrownBy(() -> cases.insertOne(new Document("_id", 2))).isInstanceOf(MongoException.class);
		}
	}

	@Test
	void listensOnLoopbackOnly() throws IOException {
		EmbeddedMongoServer server = start(this.dataDir, false);
		InetSocketAddress address = server.address();
		assertThat(address.getAddress().isLoopbackAddress()).isTrue();
		assertThat(server.connectionString()).startsWith("mongodb://127.0.0.1:");
		for (InetAddress other : nonLoopbackAddresses()) {
			try (Socket socket = new Socket()) {
				assertThatThrownBy(() -> socket.connect(new InetSocketAddress(other, address.getPort()), 2000))
					.as("connecting through %s", other)
					.isInstanceOf(IOException.class);
			}
		}
	}

	private EmbeddedMongoServer start(Path dir, boolean fsync) {
		EmbeddedMongoServer server = new EmbeddedMongoServer(new MongoSettings.Embedded("file", dir, fsync));
		this.started.add(server);
		return server;
	}

	private static MVStore store(EmbeddedMongoServer server) {
		return server.fileStore().orElseThrow();
	}

	private static List<InetAddress> nonLoopbackAddresses() throws IOException {
		List<InetAddress> found = new ArrayList<>();
		for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			if (network.isUp() && !network.isLoopback()) {
				Collections.list(network.getInetAddresses())
					.stream()
					.filter(Inet4Address.class::isInstance)
					.forEach(found::add);
			}
		}
		return found;
	}

}
