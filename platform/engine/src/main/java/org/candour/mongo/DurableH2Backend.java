package org.candour.mongo;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 file backend, made durable per write: after any command that may have written,
 * the MVStore is committed before the reply goes back ({@link GroupCommit}). Without
 * this, only the store's background auto-commit (about once a second) wrote changes to
 * the file, and a killed process lost the writes it had acknowledged since.
 */
final class DurableH2Backend extends H2Backend {

	/** Commands that never write (lower case). Every other command is committed. */
	private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "listcollections",
			"listindexes", "listdatabases", "hello", "ismaster", "ping", "buildinfo", "killcursors", "endsessions",
			"dbstats", "collstats", "serverstatus", "getlasterror", "whatsmyuri", "connectionstatus", "hostinfo",
			"getcmdlineopts", "getfreemonitoringstatus", "getlog", "getparameter", "explain");

	private final GroupCommit commits;

	private final StoreWatch watch;

	DurableH2Backend(MVStore store, StoreWatch watch, boolean fsync) {
		super(store);
		this.commits = new GroupCommit(store, fsync);
		this.watch = watch;
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		Document reply;
		try {
			reply = super.handleCommand(channel, databaseName, command, query);
		}
		catch (RuntimeException ex) {
			// a failed command may still have written part of its work
			commitIfWriting(command, query);
			throw ex;
		}
		commitIfWriting(command, query);
		return reply;
	}

	/** Why the store cannot be trusted to keep writes, if it cannot. */
	java.util.Optional<String> problem() {
		return this.watch.problem(getMvStore());
	}

	private void commitIfWriting(String command, Document query) {
		if (!mayWrite(command, query)) {
			return;
		}
		try {
			this.commits.afterWrite();
		}
		catch (RuntimeException ex) {
			throw new MongoServerException("The write could not be made durable: " + ex, ex);
		}
	}

	static boolean mayWrite(String command, Document query) {
		String name = command.toLowerCase(Locale.ROOT);
		if (name.equals("aggregate")) {
			return query.get("pipeline") instanceof List<?> stages && stages.stream()
				.anyMatch(stage -> stage instanceof Document d && (d.containsKey("$out") || d.containsKey("$merge")));
		}
		return !READS.contains(name);
	}

}
