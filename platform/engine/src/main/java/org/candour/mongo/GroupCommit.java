package org.candour.mongo;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Commits the MVStore after writes, before they are acknowledged. Each writer takes a
 * ticket once its write is applied; one commit covers every ticket taken before it
 * started, so concurrent writers share a commit instead of queueing one each.
 * <p>
 * A commit always stores a chunk (a counter in a map of its own changes with it) and
 * waits for it to be written: the store's background thread may have taken the writes
 * into a chunk it still writes asynchronously, and a synchronous store queues behind that
 * one. With {@code fsync} the file is then forced to the disk.
 */
final class GroupCommit {

	private static final String MARKER_MAP = "candour.commits";

	private final MVStore store;

	private final MVMap<String, Long> marker;

	private final boolean fsync;

	private final AtomicLong tickets = new AtomicLong();

	private final ReentrantLock lock = new ReentrantLock();

	private long committed;

	GroupCommit(MVStore store, boolean fsync) {
		this.store = store;
		this.marker = store.openMap(MARKER_MAP);
		this.fsync = fsync;
	}

	/**
	 * Returns once every write this thread applied before the call is in the file (and on
	 * the disk, with {@code fsync}).
	 */
	void afterWrite() {
		long ticket = this.tickets.incrementAndGet();
		this.lock.lock();
		try {
			if (this.committed >= ticket) {
				return;
			}
			long upTo = this.tickets.get();
			this.marker.put("ticket", upTo);
			if (this.store.commit() < 0) {
				throw new IllegalStateException("The MVStore did not store the commit (closed?)");
			}
			if (this.fsync) {
				this.store.sync();
			}
			this.committed = upTo;
		}
		finally {
			this.lock.unlock();
		}
	}

}
