package org.candour.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.candour.CandourApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application in-process on the embedded server (on a random port, without
 * demo tenants, with the clock sweep out of the way), runs a benchmark against it, stops
 * it and exits: 0 when the benchmark ran, 1 when it failed. The file backend gets a
 * temporary data directory, deleted afterwards.
 */
final class BenchApplication {

	private BenchApplication() {
	}

	static void run(String backend, Benchmark benchmark, Class<?>... extraSources) {
		int status = 0;
		Path dataDir = null;
		try {
			dataDir = "file".equals(backend) ? Files.createTempDirectory("candour-bench") : null;
			try (ConfigurableApplicationContext context = start(backend, dataDir, extraSources)) {
				benchmark.run(context);
			}
		}
		catch (Exception ex) {
			ex.printStackTrace();
			status = 1;
		}
		finally {
			if (dataDir != null) {
				delete(dataDir);
			}
		}
		System.exit(status);
	}

	private static ConfigurableApplicationContext start(String backend, Path dataDir, Class<?>... extraSources) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--candour.mongodb.embedded.backend=" + backend,
				"--candour.demo.enabled=false", "--logging.level.root=WARN",
				"--candour.cases.clock-sweep-interval=PT1H"));
		if (dataDir != null) {
			args.add("--candour.mongodb.embedded.data-dir=" + dataDir);
		}
		List<Class<?>> sources = new ArrayList<>(List.of(CandourApplication.class));
		sources.addAll(List.of(extraSources));
		long start = System.nanoTime();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
			.run(args.toArray(String[]::new));
		System.out.printf("application started in %.1f s (backend %s)%n", (System.nanoTime() - start) / 1e9, backend);
		return context;
	}

	private static void delete(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			System.err.println("Could not delete " + directory + ": " + ex);
		}
	}

	/** A benchmark run against the started application. */
	@FunctionalInterface
	interface Benchmark {

		void run(ConfigurableApplicationContext context) throws Exception;

	}

}
