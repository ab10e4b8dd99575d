package org.candour.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GOV.UK Notify's send-email endpoint, in process on a loopback port: records each
 * request (body and authorisation) and answers as Notify does.
 */
final class FakeNotify implements AutoCloseable {

	/** A key in Notify's shape: name, service id, secret. */
	static final String API_KEY = "candour_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	FakeNotify() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/v2/notifications/email", this::sendEmail);
		this.server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	List<Received> received() {
		return this.received;
	}

	private void sendEmail(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			JsonNode body = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			this.received.add(new Received(body, exchange.getRequestHeaders().getFirst("Authorization")));
			String answer = JSON.writeValueAsString(JSON.createObjectNode()
				.put("id", UUID.randomUUID().toString())
				.put("reference", body.path("reference").asString())
				.put("uri", baseUrl() + "/v2/notifications/1").<tools.jackson.databind.node.ObjectNode>set("content",
						JSON.createObjectNode()
							.put("body", "body")
							.put("subject", "subject")
							.put("from_email", "council@notifications.service.gov.uk"))
				.set("template",
						JSON.createObjectNode()
							.put("id", body.path("template_id").asString())
							.put("version", 1)
							.put("uri", baseUrl() + "/v2/template/1")));
			byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(201, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	record Received(JsonNode body, String authorization) {
	}

}
