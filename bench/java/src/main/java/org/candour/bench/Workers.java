package org.candour.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A fixed pool of worker threads that runs numbered tasks: worker {@code w} of {@code n}
 * takes tasks {@code w, w+n, w+2n, …}, each inside {@code around} (for example the
 * tenant's context).
 */
final class Workers implements AutoCloseable {

	private final ExecutorService pool;

	private final int threads;

	private final Consumer<Runnable> around;

	Workers(String name, int threads, Consumer<Runnable> around) {
		AtomicInteger number = new AtomicInteger();
		ThreadFactory factory = work -> {
			Thread thread = new Thread(work, name + "-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		this.pool = Executors.newFixedThreadPool(threads, factory);
		this.threads = threads;
		this.around = around;
	}

	int threads() {
		return this.threads;
	}

	/**
	 * Runs tasks {@code 0..tasks-1} and times each operation they record.
	 * @param operations upper bound of the operations the tasks record
	 */
	LatencyRecorder.PhaseResult run(String name, int tasks, int operations, Task task) {
		LatencyRecorder latencies = new LatencyRecorder(operations);
		List<Future<?>> running = new ArrayList<>();
		long start = System.nanoTime();
		for (int w = 0; w < this.threads; w++) {
			int worker = w;
			running.add(this.pool.submit(() -> this.around.accept(() -> {
				for (int i = worker; i < tasks; i += this.threads) {
					try {
						task.run(i, latencies);
					}
					catch (Exception ex) {
						throw new IllegalStateException(name + ": task " + i + " failed: " + ex, ex);
					}
				}
			})));
		}
		for (Future<?> worker : running) {
			await(worker);
		}
		return latencies.result(name, System.nanoTime() - start);
	}

	private static void await(Future<?> worker) {
		try {
			worker.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException(ex.getCause());
		}
	}

	@Override
	public void close() {
		this.pool.shutdownNow();
	}

	/** One numbered task; records the latency of each operation it times. */
	@FunctionalInterface
	interface Task {

		void run(int index, LatencyRecorder latencies) throws Exception;

	}

}
