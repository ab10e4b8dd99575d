package org.candour.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Concurrent HTTP clients: one {@link HttpClient} (HTTP/1.1) shared by a fixed pool of
 * client threads, each sending one request at a time.
 */
final class HttpDriver implements AutoCloseable {

	private final HttpClient client;

	private final Workers clients;

	private final String cases;

	private final Failures failures = new Failures("HTTP");

	private final String token;

	HttpDriver(int port, int clients, String token) {
		this.token = token;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		this.clients = new Workers("http-client", clients, Runnable::run);
		this.cases = "http://127.0.0.1:" + port + "/api/tenants/" + Workload.TENANT + "/cases";
	}

	/** Logs {@code references.length} cases; a failed one leaves its reference null. */
	LatencyRecorder.PhaseResult log(String name, int firstNumber, String[] references) {
		return this.clients.run(name, references.length, references.length, (i, latencies) -> {
			HttpRequest request = post(this.cases, Workload.caseJson(firstNumber + i));
			long start = System.nanoTime();
			HttpResponse<String> response = send(request);
			latencies.record(start);
			if (check(request, response, 201)) {
				references[i] = response.headers().firstValue("Location").orElse(null);
			}
		});
	}

	/** Takes the three transitions on each logged case, one after the other. */
	LatencyRecorder.PhaseResult transitions(String name, String[] references) {
		int steps = Workload.STEPS.size();
		return this.clients.run(name, references.length, references.length * steps, (i, latencies) -> {
			if (references[i] == null) {
				return;
			}
			for (Workload.Step step : Workload.STEPS) {
				HttpRequest request = post(this.cases + "/" + references[i] + "/actions/" + step.action(),
						step.requestBody());
				long start = System.nanoTime();
				HttpResponse<String> response = send(request);
				latencies.record(start);
				if (!check(request, response, 200)) {
					return;
				}
			}
		});
	}

	Failures failures() {
		return this.failures;
	}

	int clients() {
		return this.clients.threads();
	}

	private HttpRequest post(String uri, String json) {
		return HttpRequest.newBuilder(URI.create(uri))
			.header("Authorization", "Bearer " + this.token)
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	/** The response, or null when the request itself failed (counted as a failure). */
	private HttpResponse<String> send(HttpRequest request) throws InterruptedException {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			this.failures.failed(request.method() + " " + request.uri().getPath() + ": " + Failures.describe(ex));
			return null;
		}
	}

	private boolean check(HttpRequest request, HttpResponse<String> response, int expected) {
		if (response == null) {
			return false; // counted by send
		}
		if (response.statusCode() == expected) {
			this.failures.succeeded();
			return true;
		}
		String body = response.body();
		this.failures.failed(request.method() + " " + request.uri().getPath() + ": " + response.statusCode() + " "
				+ (body.length() > 300 ? body.substring(0, 300) + "…" : body));
		return false;
	}

	@Override
	public void close() {
		this.clients.close();
	}

}
