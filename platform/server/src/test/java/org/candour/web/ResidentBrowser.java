package org.candour.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resident's browser without JavaScript for the resident pages tests: keeps cookies,
 * follows redirects, and posts forms with the last CSRF token it read (as a resident
 * pressing a button twice would).
 */
final class ResidentBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"");

	private static final Pattern REFERENCE = Pattern.compile("id=\"reference\">([^<]+)<");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	private final String base;

	private String csrf;

	ResidentBrowser(int port) {
		this.base = "http://localhost:" + port;
	}

	/**
	 * Forgets the session cookie, as when the session ended on the server: other cookies
	 * (the saved answers' key, the language) stay.
	 */
	void forgetSession() {
		java.net.CookieStore store = this.cookies.getCookieStore();
		for (URI uri : store.getURIs()) {
			store.get(uri)
				.stream()
				.filter(cookie -> "JSESSIONID".equals(cookie.getName()))
				.toList()
				.forEach(cookie -> store.remove(uri, cookie));
		}
		this.csrf = null;
	}

	Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	/**
	 * Posts {@code name, value, name, value…} with the last CSRF token read.
	 */
	Page post(String path, String... fields) {
		List<String> pairs = new ArrayList<>();
		if (this.csrf != null) {
			pairs.add("_csrf=" + encode(this.csrf));
		}
		for (int i = 0; i < fields.length; i += 2) {
			pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
		}
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
	}

	/**
	 * Posts a form as {@code multipart/form-data}, as a page with a file question does:
	 * {@code fields} as {@code name, value…}, each file as the part {@code fileField}.
	 */
	Page postFiles(String path, String fileField, List<File> files, String... fields) {
		String boundary = "resident-" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		if (this.csrf != null) {
			body.writeBytes(textPart(boundary, "_csrf", this.csrf));
		}
		for (int i = 0; i < fields.length; i += 2) {
			body.writeBytes(textPart(boundary, fields[i], fields[i + 1]));
		}
		for (File file : files) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
					+ "\"; filename=\"" + file.name() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.content());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** Forgets the CSRF token read so far (as a forged request would not know it). */
	void forgetCsrfToken() {
		this.csrf = null;
	}

	private static byte[] textPart(String boundary, String name, String value) {
		return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** The bytes of a download (a 200 response asserted by the caller's use of them). */
	byte[] bytes(String path) {
		Download download = download(path);
		if (download.status() != 200) {
			throw new IllegalStateException(path + " answered " + download.status());
		}
		return download.body();
	}

	/** A download as answered: status, the file name it is saved as, and its bytes. */
	Download download(String path) {
		try {
			HttpResponse<byte[]> response = this.http.send(
					HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers().firstValue("Content-Disposition").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			Matcher csrf = CSRF.matcher(response.body());
			if (csrf.find()) {
				this.csrf = csrf.group(1);
			}
			return new Page(response.statusCode(), response.uri().getPath(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * A file as a browser sends it: the name on the resident's computer and its bytes.
	 */
	record File(String name, byte[] content) {

		/** A file of {@code src/test/resources/attachments/}. */
		static File fixture(String name) {
			try (java.io.InputStream in = ResidentBrowser.class.getResourceAsStream("/attachments/" + name)) {
				return new File(name, in.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * A download as answered.
	 *
	 * @param status its HTTP status
	 * @param disposition its {@code Content-Disposition} header ("" without one)
	 * @param body its bytes
	 */
	record Download(int status, String disposition, byte[] body) {
	}

	/** A page as read: status, path after redirects, HTML. */
	record Page(int status, String path, String html) {

		/** The case reference a confirmation page shows. */
		String reference() {
			Matcher reference = REFERENCE.matcher(this.html);
			if (!reference.find()) {
				throw new AssertionError("No case reference on " + this.path);
			}
			return reference.group(1).trim();
		}

		String errorSummary() {
			int start = this.html.indexOf("govuk-error-summary");
			return start < 0 ? "" : this.html.substring(start, this.html.indexOf("</ul>", start));
		}

	}

}
