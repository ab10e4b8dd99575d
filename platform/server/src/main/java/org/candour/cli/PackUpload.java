package org.candour.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Zips a pack folder with its base packs and sends it to a server's pack endpoint. */
final class PackUpload {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String server;

	private final String token;

	private final PrintStream out;

	private final PrintStream err;

	PackUpload(String server, String token, PrintStream out, PrintStream err) {
		this.server = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
		this.token = token;
		this.out = out;
		this.err = err;
	}

	int send(Path folder, String tenant, boolean dryRun, boolean createTenant) {
		String pack = JSON.readTree(read(folder.resolve("manifest.json"))).path("id").asString();
		URI uri = URI.create(this.server + "/api/platform/tenants/" + URLEncoder.encode(tenant, StandardCharsets.UTF_8)
				+ "/packs?dryRun=" + dryRun + "&createTenant=" + createTenant + "&pack=" + pack);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip(folder)));
		if (this.token != null && !this.token.isBlank()) {
			request.header("Authorization", "Bearer " + this.token);
		}
		HttpResponse<String> response;
		try {
			response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			this.err.println("Cannot reach " + this.server + ": " + ex.getMessage());
			return 1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 1;
		}
		return report(response, dryRun);
	}

	private int report(HttpResponse<String> response, boolean dryRun) {
		JsonNode body = response.body() == null || response.body().isBlank() ? JSON.createObjectNode()
				: JSON.readTree(response.body());
		if (response.statusCode() >= 400) {
			for (JsonNode error : body.path("errors")) {
				this.out.println(error.path("document").asString("") + ":" + error.path("pointer").asString("") + " "
						+ error.path("code").asString("") + " " + error.path("message").asString(""));
			}
			this.err.println(response.statusCode() + " " + body.path("detail").asString(body.toString()));
			return 1;
		}
		for (JsonNode change : body.path("diff")) {
			String mark = switch (change.path("change").asString()) {
				case "added" -> "+";
				case "removed" -> "-";
				default -> "~";
			};
			this.out.println(mark + " " + change.path("document").asString()
					+ (change.path("patch").isArray() ? " (" + change.path("patch").size() + " changes)" : ""));
		}
		body.path("warnings").forEach(warning -> this.err.println("warning: " + warning.asString()));
		String tenant = body.path("tenant").asString();
		if (dryRun) {
			this.out
				.println("dry run: " + (body.path("changed").asBoolean() ? "would publish a new version" : "no change")
						+ (body.path("tenantCreated").asBoolean() ? " and create tenant " + tenant : "")
						+ "; nothing was changed");
		}
		else {
			this.out.println(body.path("changed").asBoolean()
					? "deployed " + body.path("pack").asString() + " to " + tenant + " as version "
							+ body.path("version").asInt()
					: "no change: " + tenant + " already runs this content (version " + body.path("version").asInt()
							+ ")");
		}
		return 0;
	}

	/**
	 * The pack folder, plus every base pack it extends found next to it, one folder per
	 * pack.
	 */
	private static byte[] zip(Path folder) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			Path current = folder;
			while (current != null) {
				add(zip, current);
				String base = JSON.readTree(read(current.resolve("manifest.json"))).path("extends").asString(null);
				Path next = base == null ? null : folder.getParent().resolve(base);
				current = next != null && Files.isRegularFile(next.resolve("manifest.json")) ? next : null;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void add(ZipOutputStream zip, Path pack) throws IOException {
		String id = JSON.readTree(read(pack.resolve("manifest.json"))).path("id").asString();
		try (Stream<Path> files = Files.walk(pack)) {
			for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".json")).toList()) {
				zip.putNextEntry(new ZipEntry(id + "/" + pack.relativize(file).toString().replace('\\', '/')));
				zip.write(Files.readAllBytes(file));
				zip.closeEntry();
			}
		}
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
