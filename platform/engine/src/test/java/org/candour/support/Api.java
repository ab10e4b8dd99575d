package org.candour.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

/**
 * Calls Candour's HTTP API for real and reads JSON answers. Every request carries a
 * bearer token fit for its path ({@link TestTokens}): a member with every role of the
 * tenant in {@code /api/tenants/{t}/…}, the platform administrator for
 * {@code /api/platform/…}.
 */
@TestComponent
public class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final Environment environment;

	private final TestTokens tokens;

	public Api(Environment environment, TestTokens tokens) {
		this.environment = environment;
		this.tokens = tokens;
	}

	public Response get(String path) {
		return send("GET", path, null, Map.of());
	}

	public Response post(String path, Object body) {
		return send("POST", path, body, Map.of());
	}

	public Response post(String path, Object body, Map<String, String> headers) {
		return send("POST", path, body, headers);
	}

	public Response put(String path, Object body) {
		return send("PUT", path, body, Map.of());
	}

	public Response patch(String path, Object body) {
		return send("PATCH", path, body, Map.of());
	}

	public Response delete(String path) {
		return send("DELETE", path, null, Map.of());
	}

	/** Registers a fresh tenant and returns its id. */
	public String newTenant(String isolation) {
		String id = "t-" + UUID.randomUUID().toString().substring(0, 8);
		Response created = post("/api/platform/tenants", Map.of("id", id, "name", "Test " + id, "kind", "council",
				"division", "england-and-wales", "isolation", isolation));
		if (created.status() != 201) {
			throw new IllegalStateException("Could not create tenant: " + created.body());
		}
		return id;
	}

	public static JsonNode json(String text) {
		return JSON.readTree(text);
	}

	/** Posts raw bytes as {@code application/zip}. */
	public Response sendBytes(String path, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		this.tokens.forPath(path).ifPresent(token -> request.header("Authorization", "Bearer " + token));
		return exchange(request);
	}

	/**
	 * Posts one file as the {@code multipart/form-data} part {@code part}, with the given
	 * bearer token (none when it is null).
	 */
	public Response postFile(String path, String part, String fileName, byte[] content, String token) {
		String boundary = "candour-" + UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return exchange(request);
	}

	/** Gets raw bytes with the given bearer token. */
	public HttpResponse<byte[]> download(String path, String token) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Authorization", "Bearer " + token)
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Posts a JSON body as the path's default member and gets the answer's raw bytes. */
	public HttpResponse<byte[]> postForBytes(String path, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		this.tokens.forPath(path).ifPresent(token -> request.header("Authorization", "Bearer " + token));
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public Response send(String method, String path, Object body, Map<String, String> headers) {
		return send(method, path, body, headers, this.tokens.forPath(path).orElse(null));
	}

	/** Sends with the given bearer token, or none when it is null. */
	public Response sendAs(String token, String method, String path, Object body) {
		return send(method, path, body, Map.of(), token);
	}

	/** Sends with the given headers and bearer token (none when it is null). */
	public Response send(String method, String path, Object body, Map<String, String> headers, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
		headers.forEach(request::header);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body != null) {
			String text = body instanceof String s ? s : JSON.writeValueAsString(body);
			if (headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
				request.header("Content-Type", "application/json");
			}
			request.method(method, HttpRequest.BodyPublishers.ofString(text));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return exchange(request);
	}

	private Response exchange(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String text = response.body();
			JsonNode json = text == null || text.isBlank() ? JSON.missingNode() : parse(text);
			return new Response(response.statusCode(), json, response.headers().map());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode parse(String text) {
		try {
			return JSON.readTree(text);
		}
		catch (RuntimeException ex) {
			return JSON.getNodeFactory().stringNode(text);
		}
	}

	private String baseUrl() {
		return "http://localhost:" + this.environment.getProperty("local.server.port");
	}

	public record Response(int status, JsonNode body, Map<String, java.util.List<String>> headers) {

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> e.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

}
