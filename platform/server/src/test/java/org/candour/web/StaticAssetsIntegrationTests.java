package org.candour.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.packs.PackDeployment;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stylesheets, scripts and icons a page links to are versioned, kept by browsers for
 * a year and sent compressed; the pages themselves are never stored.
 */
@CandourWebTest
class StaticAssetsIntegrationTests {

	private static final String TENANT = "assets-county";

	private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/[^\"]+\\.(?:css|js|ico|svg|png))\"");

	private static final String A_YEAR = "max-age=31536000";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	PackDeployment deployment;

	@Autowired
	TenantManagement tenants;

	@BeforeEach
	void deployCountyCouncil() {
		if (this.tenants.find(TENANT).isEmpty()) {
			this.deployment.deployShipped(TENANT, "county-council", true);
		}
	}

	@Test
	void assetsAreVersionedCachedForAYearAndCompressedWhilePagesAreNotStored() throws Exception {
		HttpResponse<String> page = get("/t/" + TENANT + "/feedback");
		assertThat(page.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(value -> assertThat(value).contains("no-store"));
		List<String> assets = linked(page.body());
		assertThat(assets)
			.contains("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css",
					"/webjars/govuk-frontend/5.14.0/dist/govuk/assets/images/favicon.ico")
			.anyMatch(asset -> asset.matches("/resident/resident-[0-9a-f]{32}\\.css"))
			.anyMatch(asset -> asset.matches("/resident/init-[0-9a-f]{32}\\.js"))
			.anyMatch(asset -> asset.matches("/common/radios-[0-9a-f]{32}\\.js"));
		for (String asset : assets.stream().filter(asset -> !asset.endsWith("/brand.css")).toList()) {
			HttpResponse<byte[]> response = getCompressed(asset);
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(asset)
				.hasValueSatisfying(
						value -> assertThat(value).contains(A_YEAR, "public", "immutable").doesNotContain("no-store"));
		}
		for (String text : List.of("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css",
				"/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js",
				"/webjars/govuk-frontend/5.14.0/dist/govuk/assets/images/favicon.svg")) {
			assertThat(getCompressed(text).headers().firstValue("Content-Encoding")).as(text).contains("gzip");
		}
		assertThat(getCompressed("/assets/fonts/bold-b542beb274-v2.woff2").headers().firstValue("Cache-Control"))
			.hasValueSatisfying(value -> assertThat(value).contains(A_YEAR, "immutable"));
		assertThat(getCompressed("/t/" + TENANT + "/feedback").headers().firstValue("Content-Encoding")).isEmpty();
	}

	private List<String> linked(String html) {
		List<String> found = new ArrayList<>();
		Matcher matcher = LINKED.matcher(html);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<byte[]> getCompressed(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", "gzip").GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
