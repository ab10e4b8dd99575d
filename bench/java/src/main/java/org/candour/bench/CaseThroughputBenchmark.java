package org.candour.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.candour.tenancy.NewTenant;
import org.candour.cases.CaseActions;
import org.candour.cases.CaseIntake;
import org.candour.config.ConfigPublisher;
import org.candour.definition.ConfigDocument;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Case throughput: logs cases and takes three transitions on each through the service
 * layer, the same writes through the bare MongoDB driver (the yardstick), and the same
 * work over HTTP with concurrent clients, all against one in-process server. Run by
 * {@code bench/case-throughput.sh}; the goals are printed, never asserted.
 */
public final class CaseThroughputBenchmark {

	static final double RATIO_GOAL = 0.5;

	static final double HTTP_P99_GOAL_MS = 50;

	static final int HTTP_GOAL_CLIENTS = 200;

	private CaseThroughputBenchmark() {
	}

	public static void main(String[] args) {
		BenchSettings settings = BenchSettings.fromSystemProperties();
		System.out.println("settings: " + settings);
		BenchApplication.run(settings.backend(), context -> run(settings, context));
	}

	private static void run(BenchSettings settings, ConfigurableApplicationContext context) {
		JsonMapper json = context.getBean(JsonMapper.class);
		CurrentTenant tenant = setUpTenant(context, json);
		int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		int steps = Workload.STEPS.size();

		System.out.println();
		System.out.println("== a. service path (" + settings.threads() + " threads) ==");
		ServicePath service = new ServicePath(context.getBean(CaseIntake.class), context.getBean(CaseActions.class),
				json);
		RawDriver raw = new RawDriver(context.getBean(MongoClient.class),
				context.getBean(MongoTemplate.class).getDb().getName());
		LatencyRecorder.PhaseResult serviceLog;
		LatencyRecorder.PhaseResult serviceTransitions;
		Document logged;
		Document transitioned;
		try (Workers workers = new Workers("service", settings.threads(), work -> TenantContext.runAs(tenant, work))) {
			if (settings.warmup() > 0) {
				String[] warm = new String[settings.warmup()];
				service.log(workers, "warm-up log", 1_000_000, warm);
				service.transitions(workers, "warm-up transitions", warm);
				service.failures().requireFew();
				System.out.println("warm-up: " + settings.warmup() + " cases logged and taken through " + steps
						+ " transitions (not timed)");
			}
			String[] references = new String[settings.cases()];
			settle();
			serviceLog = service.log(workers, "service log", 0, references);
			System.out.println(serviceLog.line());
			service.failures().requireFew();
			String sample = firstLogged(references);
			logged = raw.stored(sample);
			settle();
			serviceTransitions = service.transitions(workers, "service transitions", references);
			System.out.println(serviceTransitions.line());
			service.failures().requireFew();
			System.out.println(service.failures().summary());
			transitioned = raw.stored(sample);

			System.out.println();
			System.out.println("== b. raw driver (" + settings.threads() + " threads, collection " + RawDriver.TARGET
					+ ", indexes " + raw.prepare() + ") ==");
			System.out.printf("documents: logged case %,d bytes of JSON, after %d transitions %,d bytes%n",
					logged.toJson().length(), steps, transitioned.toJson().length());
			settle();
			LatencyRecorder.PhaseResult rawInserts = raw.inserts(workers, settings.cases(), logged);
			System.out.println(rawInserts.line());
			settle();
			LatencyRecorder.PhaseResult rawReplaces = raw.replaces(workers, settings.cases(), logged, transitioned);
			System.out.println(rawReplaces.line());
			raw.drop();

			System.out.println();
			System.out.println("== c. HTTP (" + settings.clients() + " concurrent clients) ==");
			HttpFigures http = http(settings, port, BenchToken.officerOf(context, tenant));

			summary(settings, serviceLog, serviceTransitions, service.failures(), rawInserts, rawReplaces, http);
		}
	}

	static CurrentTenant setUpTenant(ConfigurableApplicationContext context, JsonMapper json) {
		Tenant tenant = context.getBean(TenantManagement.class)
			.create(json.treeToValue(json.readTree(Workload.TENANT_JSON), NewTenant.class));
		List<ConfigDocument> documents = new ArrayList<>();
		try (InputStream in = CaseThroughputBenchmark.class.getResourceAsStream(Workload.CONFIGURATION)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + Workload.CONFIGURATION);
			}
			json.readTree(in).forEach(document -> documents.add(ConfigDocument.of(document)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ConfigPublisher publisher = context.getBean(ConfigPublisher.class);
		TenantContext.runAs(tenant.asCurrent(), () -> publisher.publish(documents, "bench", null));
		System.out.println("tenant '" + tenant.id() + "' created; " + documents.size()
				+ " configuration documents published (chc-two-stage)");
		return tenant.asCurrent();
	}

	private static HttpFigures http(BenchSettings settings, int port, String token) {
		try (HttpDriver http = new HttpDriver(port, settings.clients(), token)) {
			if (settings.warmup() > 0) {
				String[] warm = new String[settings.warmup()];
				http.log("warm-up log", 2_000_000, warm);
				http.transitions("warm-up transitions", warm);
				http.failures().requireFew();
				System.out.println("warm-up: " + settings.warmup() + " cases over HTTP (not timed)");
			}
			String[] references = new String[settings.httpCases()];
			settle();
			LatencyRecorder.PhaseResult log = http.log("HTTP POST cases", 3_000_000, references);
			System.out.println(log.line());
			http.failures().requireFew();
			settle();
			LatencyRecorder.PhaseResult transitions = http.transitions("HTTP POST actions", references);
			System.out.println(transitions.line());
			http.failures().requireFew();
			System.out.println(http.failures().summary());
			return new HttpFigures(log, transitions, http.failures());
		}
	}

	private static void summary(BenchSettings settings, LatencyRecorder.PhaseResult serviceLog,
			LatencyRecorder.PhaseResult serviceTransitions, Failures serviceFailures,
			LatencyRecorder.PhaseResult rawInserts, LatencyRecorder.PhaseResult rawReplaces, HttpFigures http) {
		double casesRatio = serviceLog.perSecond() / rawInserts.perSecond();
		double transitionsRatio = serviceTransitions.perSecond() / rawReplaces.perSecond();
		double httpP99 = Math.max(http.log().percentileMillis(99), http.transitions().percentileMillis(99));
		System.out.println();
		System.out.println("== d. summary ==");
		System.out.printf("backend %s, %d threads, %d cases; HTTP %d clients, %d cases%n", settings.backend(),
				settings.threads(), settings.cases(), settings.clients(), settings.httpCases());
		System.out.printf("service: %10.1f cases/s        p50 %6.2f ms  p99 %6.2f ms%n", serviceLog.perSecond(),
				serviceLog.percentileMillis(50), serviceLog.percentileMillis(99));
		System.out.printf("service: %10.1f transitions/s  p50 %6.2f ms  p99 %6.2f ms%n", serviceTransitions.perSecond(),
				serviceTransitions.percentileMillis(50), serviceTransitions.percentileMillis(99));
		System.out.printf("raw:     %10.1f inserts/s      p50 %6.2f ms  p99 %6.2f ms%n", rawInserts.perSecond(),
				rawInserts.percentileMillis(50), rawInserts.percentileMillis(99));
		System.out.printf("raw:     %10.1f replaces/s     p50 %6.2f ms  p99 %6.2f ms%n", rawReplaces.perSecond(),
				rawReplaces.percentileMillis(50), rawReplaces.percentileMillis(99));
		System.out.printf("HTTP:    %10.1f cases/s        p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms%n",
				http.log().perSecond(), http.log().percentileMillis(50), http.log().percentileMillis(99),
				http.log().maxMillis());
		System.out.printf("HTTP:    %10.1f transitions/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms%n",
				http.transitions().perSecond(), http.transitions().percentileMillis(50),
				http.transitions().percentileMillis(99), http.transitions().maxMillis());
		System.out.printf("failed: service %d of %d operations, HTTP %d of %d requests%n", serviceFailures.count(),
				serviceFailures.attempts(), http.failures().count(), http.failures().attempts());
		System.out.printf("ratio service cases/s / raw inserts/s:          %.3f%n", casesRatio);
		System.out.printf("ratio service transitions/s / raw replaces/s:   %.3f%n", transitionsRatio);
		System.out.printf("goal ratio >= %.1f: %s (%.3f)%n", RATIO_GOAL, yesNo(casesRatio >= RATIO_GOAL), casesRatio);
		String p99Goal = settings.clients() == HTTP_GOAL_CLIENTS ? yesNo(httpP99 <= HTTP_P99_GOAL_MS)
				: "n/a (ran with " + settings.clients() + " clients)";
		System.out.printf("goal HTTP p99 <= %.0f ms at %d clients: %s (p99 %.2f ms)%n", HTTP_P99_GOAL_MS,
				HTTP_GOAL_CLIENTS, p99Goal, httpP99);
	}

	private static String firstLogged(String[] references) {
		for (String reference : references) {
			if (reference != null) {
				return reference;
			}
		}
		throw new IllegalStateException("No case was logged");
	}

	private static String yesNo(boolean met) {
		return met ? "yes" : "no";
	}

	/** Lets the previous phase's garbage go before the next one is timed. */
	private static void settle() {
		System.gc();
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		Runtime runtime = Runtime.getRuntime();
		System.out.printf("(heap used %,d MB of max %,d MB)%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20,
				runtime.maxMemory() >> 20);
	}

	/** The HTTP phases. */
	record HttpFigures(LatencyRecorder.PhaseResult log, LatencyRecorder.PhaseResult transitions, Failures failures) {
	}

}
