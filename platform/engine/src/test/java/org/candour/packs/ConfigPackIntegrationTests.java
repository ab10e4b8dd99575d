package org.candour.packs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestTenants;
import org.candour.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant's configuration exported as a pack, deployed elsewhere as it is, and a pack
 * imported into the draft.
 */
@CandourIntegrationTest
class ConfigPackIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTokens tokens;

	@Autowired
	TestTenants testTenants;

	String tenant;

	@BeforeEach
	void tenant() {
		this.tenant = this.testTenants.withShippedPack("export", "county-council");
	}

	@Test
	void anExportedDraftDeploysAsAnotherTenantWithTheSameConfiguration() throws IOException {
		HttpResponse<byte[]> exported = this.api.download(config() + "/draft/export",
				this.tokens.memberOf(this.tenant));
		assertThat(exported.statusCode()).isEqualTo(200);
		assertThat(exported.headers().firstValue("Content-Type")).hasValue("application/zip");
		assertThat(exported.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("filename=\"" + this.tenant + "-0.0.0-draft.");
		Map<String, byte[]> files = unzip(exported.body());
		assertThat(files).containsKey("manifest.json")
			.containsKey("feedback-type.compliment.json")
			.containsKey("workflow.complaint-stage-1.json");

		String copy = this.tenant + "-copy";
		Api.Response deployed = this.api.sendBytes("/api/platform/tenants/" + copy + "/packs?createTenant=true",
				exported.body());
		assertThat(deployed.status()).as(deployed.body().toString()).isEqualTo(201);
		assertThat(this.api.get("/api/platform/tenants/" + copy).body().path("name").asString())
			.isEqualTo(this.api.get("/api/platform/tenants/" + this.tenant).body().path("name").asString());
		assertThat(documents(copy)).isEqualTo(documents(this.tenant));
	}

	@Test
	void aPublishedVersionExportsAsAPackOfItsNumber() throws IOException {
		HttpResponse<byte[]> exported = this.api.download(config() + "/versions/1/export",
				this.tokens.memberOf(this.tenant));
		assertThat(exported.statusCode()).isEqualTo(200);
		JsonNode manifest = Api.json(new String(unzip(exported.body()).get("manifest.json"), StandardCharsets.UTF_8));
		assertThat(manifest.path("id").asString()).isEqualTo(this.tenant);
		assertThat(manifest.path("version").asString()).isEqualTo("1.0.0");
		assertThat(this.api.download(config() + "/versions/9/export", this.tokens.memberOf(this.tenant)).statusCode())
			.isEqualTo(404);
	}

	@Test
	void anImportedPackBecomesTheDraftAfterADryRunThatChangesNothing() throws IOException {
		byte[] zip = this.api.download(config() + "/draft/export", this.tokens.memberOf(this.tenant)).body();
		Map<String, byte[]> files = unzip(zip);
		String name = "notification-template.acknowledgement-email.json";
		String changed = new String(files.get(name), StandardCharsets.UTF_8).replace("We have received",
				"Thank you for");
		assertThat(changed).isNotEqualTo(new String(files.get(name), StandardCharsets.UTF_8));
		files.put(name, changed.getBytes(StandardCharsets.UTF_8));
		byte[] edited = zip(files);
		JsonNode before = this.api.get(config() + "/draft").body();

		Api.Response dry = this.api.sendBytes(config() + "/draft/import?dryRun=true", edited);
		assertThat(dry.status()).as(dry.body().toString()).isEqualTo(200);
		assertThat(dry.body().path("diff").findValuesAsString("document"))
			.containsExactly("notification-template/acknowledgement-email");
		assertThat(this.api.get(config() + "/draft").body()).isEqualTo(before);

		Api.Response imported = this.api.sendBytes(config() + "/draft/import", edited);
		assertThat(imported.status()).isEqualTo(200);
		assertThat(this.api.get(config() + "/draft/notification-template/acknowledgement-email").body().toString())
			.contains("Thank you for");
		assertThat(this.api.get(config() + "/versions").body().size()).as("nothing is published").isEqualTo(1);
	}

	@Test
	void aPackWithAnErrorImportsNothing() throws IOException {
		Map<String, byte[]> files = unzip(
				this.api.download(config() + "/draft/export", this.tokens.memberOf(this.tenant)).body());
		files.put("feedback-type.compliment.json",
				new String(files.get("feedback-type.compliment.json"), StandardCharsets.UTF_8)
					.replace("\"compliment-form\"", "\"no-such-form\"")
					.getBytes(StandardCharsets.UTF_8));
		JsonNode before = this.api.get(config() + "/draft").body();

		Api.Response refused = this.api.sendBytes(config() + "/draft/import", zip(files));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().findValuesAsString("code")).contains("ref.form-missing");
		assertThat(this.api.get(config() + "/draft").body()).isEqualTo(before);
	}

	private String config() {
		return "/api/tenants/" + this.tenant + "/config";
	}

	private Map<String, JsonNode> documents(String tenant) {
		Map<String, JsonNode> documents = new TreeMap<>();
		this.api.get("/api/tenants/" + tenant + "/config/active")
			.body()
			.path("documents")
			.forEach(document -> documents.put(document.path("kind").asString() + "/" + document.path("id").asString(),
					document));
		return documents;
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	private static byte[] zip(Map<String, byte[]> files) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				out.putNextEntry(new ZipEntry(file.getKey()));
				out.write(file.getValue());
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
