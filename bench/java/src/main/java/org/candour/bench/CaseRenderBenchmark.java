package org.candour.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.candour.cases.TakeAction;
import org.candour.cases.LogCase;
import org.candour.cases.CaseReference;
import org.candour.CandourApplication;
import org.candour.cases.CaseActions;
import org.candour.cases.CaseIntake;
import org.candour.packs.PackDeployment;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Server-side render time of the officer's case screen: the unitary council's pack in
 * {@code demo-unitary} with {@code CASES} contacts, one case taken through triage,
 * allocation, acknowledgement and sending to the service, then {@code REQUESTS}
 * sequential GETs of its case screen by a signed-in officer over loopback. The server's
 * time per request is measured around the whole request (the {@code http.server.requests}
 * observation: security, controller, Thymeleaf rendering); the client's too. Run by
 * {@code bench/case-render.sh}; the goal is printed, never asserted. Self-contained on
 * purpose (the queue bench has its own driver).
 */
public final class CaseRenderBenchmark {

	static final String TENANT = "demo-unitary";

	static final double MEDIAN_GOAL_MS = 30;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private CaseRenderBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int cases = Integer.getInteger("cases", 10_000);
		int requests = Integer.getInteger("requests", 1_000);
		int warmup = Integer.getInteger("warmup", 300);
		System.out.printf("settings: cases=%d requests=%d warmup=%d%n", cases, requests, warmup);
		int status = 0;
		try (ConfigurableApplicationContext context = start()) {
			run(context, cases, requests, warmup);
		}
		catch (RuntimeException ex) {
			ex.printStackTrace();
			status = 1;
		}
		System.exit(status);
	}

	private static ConfigurableApplicationContext start() {
		long start = System.nanoTime();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CandourApplication.class).run(
				"--server.port=0", "--candour.mongodb.embedded.backend=memory", "--candour.demo.enabled=false",
				"--logging.level.root=WARN", "--candour.cases.clock-sweep-interval=PT1H",
				"--candour.security.rate-limit.capacity=1000000");
		System.out.printf("application started in %.1f s%n", (System.nanoTime() - start) / 1e9);
		return context;
	}

	private static void run(ConfigurableApplicationContext context, int cases, int requests, int warmup)
			throws Exception {
		java.nio.file.Path packs = java.nio.file.Path.of("tenant-configs").toAbsolutePath();
		context.getBean(PackDeployment.class)
			.deploy(TENANT,
					org.candour.definition.pack.PackSource.fromDirectory(packs.resolve("unitary-council-triage")),
					org.candour.definition.pack.PackRepository.directory(packs), false, true);
		CurrentTenant tenant = context.getBean(TenantManagement.class).get(TENANT).asCurrent();
		JsonMapper json = context.getBean(JsonMapper.class);
		CaseIntake intake = context.getBean(CaseIntake.class);
		long logging = System.nanoTime();
		List<String> references = log(tenant, intake, json, cases);
		System.out.printf("%,d cases logged in %.1f s%n", references.size(), (System.nanoTime() - logging) / 1e9);
		String reference = references.get(references.size() / 2);
		CaseActions actions = context.getBean(CaseActions.class);
		TenantContext.runAs(tenant, () -> {
			actions.take(new TakeAction(new CaseReference(reference), "triage-complaint",
					json.valueToTree(Map.of("service", "corporate")), null, null));
			actions.take(new TakeAction(new CaseReference(reference), "allocate",
					json.valueToTree(Map.of("officer", "officer@" + TENANT)), null, null));
			actions
				.take(new TakeAction(new CaseReference(reference), "acknowledge", json.createObjectNode(), null, null));
			actions.take(new TakeAction(new CaseReference(reference), "send-to-service", json.createObjectNode(), null,
					null));
		});

		int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		String base = "http://localhost:" + port;
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		signIn(http, base, "officer@" + TENANT, "demo-password");
		String path = "/t/" + TENANT + "/cases/" + reference;
		ServerTimes server = new ServerTimes(path);
		context.getBean(ObservationRegistry.class).observationConfig().observationHandler(server);

		List<Double> client = new ArrayList<>();
		for (int i = 0; i < warmup + requests; i++) {
			if (i == warmup) {
				server.record(true);
			}
			long sent = System.nanoTime();
			HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			double ms = (System.nanoTime() - sent) / 1e6;
			if (page.statusCode() != 200 || !page.body().contains("Case " + reference)) {
				throw new IllegalStateException("case screen not rendered: " + page.statusCode());
			}
			if (i >= warmup) {
				client.add(ms);
			}
		}
		server.record(false);
		List<Double> serverMs = server.times();
		System.out.println();
		System.out.printf("case screen %s, %,d cases in the tenant, %d sequential requests after %d warm-up%n", path,
				references.size(), requests, warmup);
		System.out.printf("server (request observation): median %.2f ms  p95 %.2f ms  (n=%d)%n",
				percentile(serverMs, 50), percentile(serverMs, 95), serverMs.size());
		System.out.printf("client (loopback):            median %.2f ms  p95 %.2f ms  (n=%d)%n", percentile(client, 50),
				percentile(client, 95), client.size());
		System.out.printf("goal: server median <= %.0f ms on 2 cores: %s%n", MEDIAN_GOAL_MS,
				percentile(serverMs, 50) <= MEDIAN_GOAL_MS ? "met" : "NOT met");
	}

	private static List<String> log(CurrentTenant tenant, CaseIntake intake, JsonMapper json, int cases)
			throws Exception {
		int threads = 2;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		ConcurrentLinkedQueue<String> logged = new ConcurrentLinkedQueue<>();
		List<Future<?>> work = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int slice = t;
			work.add(pool.submit(() -> TenantContext.runAs(tenant, () -> {
				for (int i = slice; i < cases; i += threads) {
					ObjectNode body = json.createObjectNode().put("feedbackType", "contact").put("channel", "phone");
					body.putObject("data")
						.put("name", "Resident " + i)
						.put("email", "resident" + i + "@example.com")
						.put("summary", "Contact number " + i)
						.put("details", "Bins missed on street " + (i % 97) + " for the third week running.")
						.put("serviceArea", "waste-streets-parks");
					logged.add(intake.log(json.treeToValue(body, LogCase.class), null).feedbackCase().reference());
				}
			})));
		}
		for (Future<?> done : work) {
			done.get();
		}
		pool.shutdown();
		List<String> references = new ArrayList<>(logged);
		Collections.sort(references);
		return references;
	}

	/** Signs in through the embedded authorization server, as a browser does. */
	private static void signIn(HttpClient http, String base, String user, String password) throws Exception {
		HttpResponse<String> login = http.send(
				HttpRequest.newBuilder(URI.create(base + "/t/" + TENANT + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(login.body());
		if (!token.find()) {
			throw new IllegalStateException("no sign-in form at " + login.uri());
		}
		String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(login.uri())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (signedIn.uri().getPath().contains("login")) {
			throw new IllegalStateException("sign-in failed: " + signedIn.uri());
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static double percentile(List<Double> values, int percent) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

	/**
	 * Times each server request to the case screen from the start to the end of its
	 * {@code http.server.requests} observation, while recording.
	 */
	static final class ServerTimes implements ObservationHandler<ServerRequestObservationContext> {

		private final String path;

		private final ConcurrentLinkedQueue<Double> times = new ConcurrentLinkedQueue<>();

		private volatile boolean recording;

		ServerTimes(String path) {
			this.path = path;
		}

		void record(boolean on) {
			this.recording = on;
		}

		List<Double> times() {
			return new ArrayList<>(this.times);
		}

		@Override
		public void onStart(ServerRequestObservationContext context) {
			context.put(ServerTimes.class, System.nanoTime());
		}

		@Override
		public void onStop(ServerRequestObservationContext context) {
			Long started = context.get(ServerTimes.class);
			if (this.recording && started != null && this.path.equals(context.getCarrier().getRequestURI())) {
				this.times.add((System.nanoTime() - started) / 1e6);
			}
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return context instanceof ServerRequestObservationContext;
		}

	}

}
