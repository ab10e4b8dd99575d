package org.candour.bench;

import java.io.IOException;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.candour.demo.synthetic.SyntheticCases;
import org.candour.packs.PackDeployment;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Render time of the officer workspace's queue page: a tenant on the unitary council pack
 * filled with synthetic cases, a manager signed in over loopback, then timed GETs of the
 * queue page (50 rows), measured inside the server and over loopback. The yardsticks are
 * the bare MongoDB driver on the same server: the one query any queue page needs (a page
 * of 50 open cases by due date), and a straightforward design (eight counts and the page
 * of full case documents). Run by {@code bench/queue-render.sh}; the goal is printed,
 * never asserted.
 */
public final class QueueRenderBenchmark {

	static final String TENANT = "demo-unitary";

	static final String MANAGER = "manager@" + TENANT;

	static final double MEDIAN_GOAL_MS = 30;

	private static final long SEED = 20261122L;

	private QueueRenderBenchmark() {
	}

	public static void main(String[] args) {
		QueueBenchSettings settings = QueueBenchSettings.fromSystemProperties();
		System.out.println("settings: " + settings);
		BenchApplication.run(settings.backend(), context -> run(settings, context), ServerTimer.class);
	}

	private static void run(QueueBenchSettings settings, ConfigurableApplicationContext context)
			throws IOException, InterruptedException {
		context.getBean(PackDeployment.class).deployShipped(TENANT, "unitary-council-triage", true);
		long loading = System.nanoTime();
		int created = TenantContext.callAs(context.getBean(TenantManagement.class).get(TENANT).asCurrent(),
				() -> context.getBean(SyntheticCases.class).generate(settings.cases(), SEED));
		MongoCollection<Document> cases = context.getBean(MongoClient.class)
			.getDatabase(context.getBean(MongoTemplate.class).getDb().getName())
			.getCollection("cases");
		long open = cases.countDocuments(new Document("tenantId", TENANT).append("open", true));
		System.out.printf("tenant %s: %,d synthetic cases loaded in %.1f s (%,d open)%n", TENANT, created,
				(System.nanoTime() - loading) / 1e9, open);

		int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		StaffSession browser = new StaffSession(port);
		browser.signIn(TENANT, MANAGER, "demo-password");
		String first = browser.get(settings.path()).body();
		System.out.printf("%s signed in; %s is %,d bytes with %d rows%n", MANAGER, settings.path(), first.length(),
				rows(first));

		System.out.println();
		System.out.println("== queue page: GET " + settings.path() + " ==");
		LatencyRecorder.PhaseResult[] page = timePage(settings, browser);
		System.out.println(page[0].line());
		System.out.println(page[1].line());
		System.out.println(page[2].line());

		System.out.println();
		System.out.println("== yardsticks: the bare MongoDB driver on the same server ==");
		RawQueue raw = new RawQueue(cases, TENANT);
		LatencyRecorder.PhaseResult onePage = raw.time("raw page of 50 open by due", settings, raw::pageOfFifty);
		System.out.println(onePage.line());
		LatencyRecorder.PhaseResult naive = raw.time("raw 8 counts + 50 full cases", settings, raw::naiveQueuePage);
		System.out.println(naive.line());

		System.out.println();
		System.out.println("== summary ==");
		System.out.printf("backend %s, %,d cases (%,d open), %,d requests after %,d warm-up%n", settings.backend(),
				created, open, settings.requests(), settings.warmup());
		System.out.printf("queue page, server-side: median %7.2f ms  p95 %7.2f ms  p99 %7.2f ms%n",
				page[0].percentileMillis(50), page[0].percentileMillis(95), page[0].percentileMillis(99));
		System.out.printf("queue page, loopback:    median %7.2f ms  p95 %7.2f ms  p99 %7.2f ms%n",
				page[1].percentileMillis(50), page[1].percentileMillis(95), page[1].percentileMillis(99));
		System.out.printf("queue page, CPU:         median %7.2f ms  p95 %7.2f ms  (process CPU time per request)%n",
				page[2].percentileMillis(50), page[2].percentileMillis(95));
		System.out.printf("raw page of 50:          median %7.2f ms  p95 %7.2f ms%n", onePage.percentileMillis(50),
				onePage.percentileMillis(95));
		System.out.printf("raw naive page:          median %7.2f ms  p95 %7.2f ms%n", naive.percentileMillis(50),
				naive.percentileMillis(95));
		System.out.printf("ratio page (server-side) / raw page of 50, medians: %.2f%n",
				page[0].percentileMillis(50) / onePage.percentileMillis(50));
		System.out.printf("goal median <= %.0f ms server-side: %s (%.2f ms, on %d cores)%n", MEDIAN_GOAL_MS,
				page[0].percentileMillis(50) <= MEDIAN_GOAL_MS ? "yes" : "no", page[0].percentileMillis(50),
				Runtime.getRuntime().availableProcessors());
	}

	/** Server-side and loopback latencies of the timed GETs, one after the other. */
	private static LatencyRecorder.PhaseResult[] timePage(QueueBenchSettings settings, StaffSession browser)
			throws IOException, InterruptedException {
		for (int i = 0; i < settings.warmup(); i++) {
			check(browser.get(settings.path()).statusCode());
		}
		LatencyRecorder[] server = ServerTimer.record(settings.requests());
		LatencyRecorder loopback = new LatencyRecorder(settings.requests());
		long start = System.nanoTime();
		for (int i = 0; i < settings.requests(); i++) {
			long sent = System.nanoTime();
			int status = browser.get(settings.path()).statusCode();
			loopback.record(sent);
			check(status);
		}
		long elapsed = System.nanoTime() - start;
		ServerTimer.stop();
		return new LatencyRecorder.PhaseResult[] { server[0].result("server-side", elapsed),
				loopback.result("loopback (client)", elapsed), server[1].result("process CPU per request", elapsed) };
	}

	private static void check(int status) {
		if (status != 200) {
			throw new IllegalStateException("The queue page answered " + status);
		}
	}

	private static int rows(String html) {
		return html.split("name=\"case\"", -1).length - 1;
	}

}
