package org.candour.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged server, on its H2 file backend, killed with SIGKILL while residents submit
 * complaints, then restarted on the same data, three times: every complaint a resident
 * was shown a reference for is still there, no reference is ever given to two cases, and
 * every tracking link still opens the case it was given for. Tagged
 * {@code packaged-server}: run by the {@code packaged-server-tests} execution after
 * {@code package}.
 */
@Tag("packaged-server")
class CrashSafetyTests {

	private static final String TENANT = "crash-county";

	private static final String COMPLAINT = "/t/" + TENANT + "/feedback/complaint-stage-1";

	private static final Pattern TRACK_LINK = Pattern.compile("id=\"track-link\" href=\"([^\"]+)\"");

	private static final int ROUNDS = 3;

	private static final int CLIENTS = 3;

	/** Acknowledged submissions after which a round's server is killed, mid-load. */
	private static final int PER_ROUND = 12;

	@TempDir
	Path dataDir;

	/**
	 * Reference → the tracking page the resident was given, of every acknowledged case.
	 */
	private final Map<String, String> acknowledged = new ConcurrentHashMap<>();

	private final List<String> reissued = java.util.Collections.synchronizedList(new ArrayList<>());

	@Test
	void acknowledgedCasesSurviveKillNineAndNoReferenceOrLinkEverNamesAnotherCase() throws Exception {
		String secret = UUID.randomUUID().toString();
		Path log = Files.createDirectories(Path.of("target/crash-safety"))
			.resolve("server-" + UUID.randomUUID() + ".log");
		PackagedServer server = PackagedServer.start(this.dataDir, secret, log);
		server.deployCountyCouncil(TENANT);
		for (int round = 1; round <= ROUNDS; round++) {
			loadThenKill(server, round);
			server = PackagedServer.start(this.dataDir, secret, log);
			assertEveryAcknowledgedCaseOpensFromItsLink(server, "after kill " + round);
		}
		try {
			for (int i = 0; i < 5; i++) {
				record(submitComplaint(server, "after the last restart"));
			}
			assertThat(this.reissued).as("references issued twice").isEmpty();
			assertEveryAcknowledgedCaseOpensFromItsLink(server, "at the end");
			assertThat(this.acknowledged).hasSizeGreaterThanOrEqualTo(ROUNDS * PER_ROUND + 5);
		}
		finally {
			server.stop();
		}
	}

	/**
	 * Residents submit complaints on {@value #CLIENTS} connections; once
	 * {@value #PER_ROUND} more are acknowledged, the server is killed while they go on.
	 */
	private void loadThenKill(PackagedServer server, int round) throws InterruptedException {
		CountDownLatch enough = new CountDownLatch(PER_ROUND);
		AtomicBoolean killed = new AtomicBoolean();
		List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		for (int c = 0; c < CLIENTS; c++) {
			clients.execute(() -> {
				while (!killed.get()) {
					try {
						record(submitComplaint(server, "round " + round));
						enough.countDown();
					}
					catch (RuntimeException | AssertionError ex) {
						if (!killed.get()) {
							failures.add(ex);
							return;
						}
					}
				}
			});
		}
		boolean loaded = enough.await(60, TimeUnit.SECONDS);
		killed.set(true);
		server.kill();
		clients.shutdown();
		assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		assertThat(failures).as("submissions failing before the kill").isEmpty();
		assertThat(loaded).as("%d submissions acknowledged in round %d", PER_ROUND, round).isTrue();
	}

	private void record(Submission submission) {
		String earlier = this.acknowledged.putIfAbsent(submission.reference(), submission.trackPath());
		if (earlier != null) {
			this.reissued.add(submission.reference());
		}
	}

	private void assertEveryAcknowledgedCaseOpensFromItsLink(PackagedServer server, String when) {
		ResidentBrowser browser = new ResidentBrowser(server.port());
		this.acknowledged.forEach((reference, trackPath) -> {
			ResidentBrowser.Page page = browser.get(trackPath);
			assertThat(page.status()).as("%s: the link of %s", when, reference).isEqualTo(200);
			assertThat(page.html()).as("%s: the link of %s", when, reference).contains("Your case " + reference);
		});
	}

	/** A resident's complaint through the pages, as a browser without JavaScript. */
	private static Submission submitComplaint(PackagedServer server, String summary) {
		ResidentBrowser browser = new ResidentBrowser(server.port());
		browser.get(COMPLAINT);
		browser.post(COMPLAINT + "/page/1", "shown", "preferredContact", "preferredContact", "email");
		browser.post(COMPLAINT + "/page/2", "shown", "service", "shown", "summary", "shown", "details", "shown",
				"incidentDate", "shown", "raisedBefore", "shown", "desiredOutcome", "service", "highways", "summary",
				summary, "details", "The pothole outside number 4 has been reported three times.", "incidentDate-day",
				"3", "incidentDate-month", "2", "incidentDate-year", "2026", "raisedBefore", "true", "shown",
				"previousContact", "previousContact", "Phoned in January");
		browser.post(COMPLAINT + "/page/3", "shown", "documents");
		browser.post(COMPLAINT + "/page/4", "shown", "reasonableAdjustments");
		ResidentBrowser.Page check = browser.post(COMPLAINT + "/contact", "shown", "name", "shown", "email", "shown",
				"phone", "shown", "address", "name", "Sam Resident", "email", "sam@example.com");
		assertThat(check.path()).as(check.html()).isEqualTo(COMPLAINT + "/check");
		ResidentBrowser.Page confirmation = browser.post(COMPLAINT + "/submit", "website", "");
		assertThat(confirmation.path()).isEqualTo(COMPLAINT + "/confirmation");
		Matcher link = TRACK_LINK.matcher(confirmation.html());
		assertThat(link.find()).as("a tracking link on the confirmation page").isTrue();
		return new Submission(confirmation.reference(), link.group(1).replace("&amp;", "&"));
	}

	/** What a resident was shown once their complaint was logged. */
	private record Submission(String reference, String trackPath) {
	}

}
