package org.candour.mongo;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the MVStore for what makes it unsafe to keep writing: the store closed or in
 * panic, a failure of its background writer (this class is its exception handler, so a
 * failure is recorded instead of silently ending the thread), or the writer thread gone.
 */
final class StoreWatch implements Thread.UncaughtExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(StoreWatch.class);

	private static final String WRITER_THREAD = "MVStore background writer ";

	private final AtomicReference<String> backgroundFailure = new AtomicReference<>();

	private volatile Thread writer;

	@Override
	public void uncaughtException(Thread thread, Throwable failure) {
		log.error("The embedded store's background writer failed; health is DOWN until Candour restarts", failure);
		this.backgroundFailure.compareAndSet(null, Instant.now() + " " + failure);
	}

	/**
	 * Finds the store's background writer thread, to tell later whether it still runs.
	 */
	void watchWriterOf(MVStore store) {
		String name = WRITER_THREAD + store.getFileStore().getFileName();
		this.writer = Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter(thread -> thread.getName().equals(name))
			.findFirst()
			.orElse(null);
		if (this.writer == null) {
			log.warn("No thread '{}' found: health cannot tell whether the store's background writer runs", name);
		}
	}

	Optional<String> problem(MVStore store) {
		if (store.getPanicException() != null) {
			return Optional.of("the store is in panic: " + store.getPanicException());
		}
		if (store.isClosed()) {
			return Optional.of("the store is closed");
		}
		String failure = this.backgroundFailure.get();
		if (failure != null) {
			return Optional.of("the store's background writer failed at " + failure);
		}
		Thread watched = this.writer;
		if (watched != null && !watched.isAlive()) {
			return Optional.of("the store's background writer thread has stopped");
		}
		return Optional.empty();
	}

}
