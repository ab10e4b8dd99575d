package org.candour.bench;

/**
 * What to run, from system properties.
 *
 * @param cases cases logged (and taken through 3 transitions) on the service path, and
 * raw documents inserted
 * @param threads worker threads of the service path and the raw driver
 * @param clients concurrent HTTP clients
 * @param httpCases cases logged (and taken through 3 transitions) over HTTP
 * @param warmup untimed cases run through each path first, so the JIT has compiled it
 * @param backend embedded MongoDB backend: {@code memory} or {@code file}
 */
record BenchSettings(int cases, int threads, int clients, int httpCases, int warmup, String backend) {

	static BenchSettings fromSystemProperties() {
		BenchSettings settings = new BenchSettings(Integer.getInteger("cases", 100_000),
				Integer.getInteger("threads", 4), Integer.getInteger("clients", 200),
				Integer.getInteger("httpCases", 20_000), Integer.getInteger("warmup", 1_000),
				System.getProperty("backend", "memory"));
		if (!"memory".equals(settings.backend()) && !"file".equals(settings.backend())) {
			throw new IllegalArgumentException("backend must be memory or file, not " + settings.backend());
		}
		if (settings.cases() < 1 || settings.threads() < 1 || settings.clients() < 1 || settings.httpCases() < 1
				|| settings.warmup() < 0) {
			throw new IllegalArgumentException("cases, threads, clients and httpCases must be positive: " + settings);
		}
		return settings;
	}

}
