package org.candour.bench;

/**
 * What the queue page benchmark runs, from system properties.
 *
 * @param cases synthetic cases loaded into the tenant
 * @param requests timed GETs of the queue page
 * @param warmup untimed GETs first, so the JIT has compiled the path
 * @param backend embedded MongoDB backend: {@code memory} or {@code file}
 * @param path the queue page requested (50 rows by default)
 */
record QueueBenchSettings(int cases, int requests, int warmup, String backend, String path) {

	static QueueBenchSettings fromSystemProperties() {
		QueueBenchSettings settings = new QueueBenchSettings(Integer.getInteger("cases", 10_000),
				Integer.getInteger("requests", 1_000), Integer.getInteger("warmup", 300),
				System.getProperty("backend", "memory"),
				System.getProperty("path", "/t/" + QueueRenderBenchmark.TENANT + "/work?queue=all-open"));
		if (!"memory".equals(settings.backend()) && !"file".equals(settings.backend())) {
			throw new IllegalArgumentException("backend must be memory or file, not " + settings.backend());
		}
		if (settings.cases() < 1 || settings.requests() < 1 || settings.warmup() < 0) {
			throw new IllegalArgumentException("cases and requests must be positive: " + settings);
		}
		return settings;
	}

}
