package org.candour.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;
import org.candour.packs.PackDeployment;
import org.candour.packs.ShippedPacks;
import org.candour.security.Membership;
import org.candour.security.Memberships;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform administrator's pages: the tenants in words, creating a tenant (pooled or
 * siloed, from a shipped pack only after its dry run), deploying a shipped or uploaded
 * pack after a dry run, appointing a tenant administrator who can then sign in, and
 * suspending and resuming a tenant after a confirmation; each refusal on the field it is
 * about, and nothing changed by a refused request.
 */
@CandourWebTest
class PlatformPagesIntegrationTests {

	static final String PLATFORM_ADMIN = "admin@candour";

	@LocalServerPort
	int port;

	@Autowired
	TenantManagement tenants;

	@Autowired
	PackDeployment deployment;

	@Autowired
	ShippedPacks shipped;

	@Autowired
	Memberships memberships;

	@Autowired
	ActiveConfigurations configurations;

	@Test
	void listsEachTenantWithItsKindDivisionStatusIsolationAndLiveVersion() {
		String id = countyTenant();
		ResidentBrowser.Page home = platformAdmin().get("/platform");
		assertThat(home.status()).isEqualTo(200);
		String row = row(home.html(), id);
		assertThat(row).contains("North Shire County Council", "href=\"/platform/tenants/" + id + "\"", "Council",
				"England and Wales", "Active", "Pooled", "Version 1");
		assertThat(home.html()).contains("href=\"/platform/tenants/new\"");
	}

	@Test
	void createsAnEmptySiloedTenant() {
		String id = newId();
		ResidentBrowser browser = platformAdmin();
		ResidentBrowser.Page form = browser.get("/platform/tenants/new");
		assertThat(form.html()).contains("<h1 class=\"govuk-heading-l\">Create a tenant</h1>", "value=\"siloed\"",
				"County council");
		ResidentBrowser.Page created = browser.post("/platform/tenants/new", "id", id, "name", "Silo Borough", "kind",
				"council", "division", "scotland", "isolation", "siloed", "pack", "");
		assertThat(created.path()).isEqualTo("/platform/tenants/" + id);
		assertThat(created.html()).contains("Silo Borough has been created", "Siloed", "Scotland", "None yet",
				"No one yet.");
		assertThat(this.tenants.get(id).isolation()).isEqualTo("siloed");
		assertThat(this.tenants.get(id).division()).isEqualTo("scotland");
	}

	@Test
	void createsATenantFromTheCountyPackOnlyWhenItsDryRunIsConfirmed() {
		String id = newId();
		ResidentBrowser browser = platformAdmin();
		browser.get("/platform/tenants/new");
		String[] fields = { "id", id, "name", "West Shire Council", "kind", "council", "division", "england-and-wales",
				"isolation", "pooled", "pack", "county-council" };
		ResidentBrowser.Page dryRun = browser.post("/platform/tenants/new", fields);
		assertThat(dryRun.status()).isEqualTo(200);
		assertThat(dryRun.html()).contains("Dry run – nothing has been created yet", "County council",
				"The pack would be published as the tenant", "<td class=\"govuk-table__cell\">Added</td>",
				"<td class=\"govuk-table__cell\">Feedback type</td>", "<td class=\"govuk-table__cell\">Compliment</td>",
				"Create the tenant and deploy the pack");
		assertThat(dryRun.html()).as("documents in words, never as JSON").doesNotContain("{\"", "/spec/", "\"kind\":");
		assertThat(this.tenants.find(id)).as("a dry run creates nothing").isEmpty();

		ResidentBrowser.Page changing = browser.post("/platform/tenants/new/confirm", with(fields, "change", "yes"));
		assertThat(changing.html()).contains("<h1 class=\"govuk-heading-l\">Create a tenant</h1>",
				"value=\"West Shire Council\"");
		assertThat(this.tenants.find(id)).isEmpty();

		ResidentBrowser.Page created = browser.post("/platform/tenants/new/confirm", fields);
		assertThat(created.path()).isEqualTo("/platform/tenants/" + id);
		assertThat(created.html()).contains("West Shire Council has been created with County council as version 1",
				"Version 1");
		assertThat(this.tenants.get(id).name()).isEqualTo("West Shire Council");
		assertThat(liveVersion(id)).isEqualTo(1);
	}

	@Test
	void refusesADuplicateIdAnInvalidIdAndMissingAnswersOnTheirFields() {
		String existing = countyTenant();
		ResidentBrowser browser = platformAdmin();
		browser.get("/platform/tenants/new");
		ResidentBrowser.Page duplicate = browser.post("/platform/tenants/new", "id", existing, "name", "Again", "kind",
				"council", "division", "england-and-wales", "isolation", "pooled", "pack", "county-council");
		assertThat(duplicate.status()).isEqualTo(422);
		assertThat(duplicate.html()).contains("<title>Error: Create a tenant", "govuk-error-summary", "href=\"#id\"",
				"There is already a tenant with the id " + existing + ". Enter another id", "id=\"id-error\"",
				"value=\"Again\"");
		assertThat(this.tenants.get(existing).name()).isEqualTo("North Shire County Council");

		ResidentBrowser.Page invalid = browser.post("/platform/tenants/new", "id", "Not A Slug!", "name", " ",
				"isolation", "pooled", "pack", "");
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.html()).contains("href=\"#id\"", "Enter an id of 3 to 40 lowercase letters",
				"href=\"#name\"", "Enter the name of the authority", "href=\"#kind\"", "Select what kind of body it is",
				"href=\"#division\"", "Select whose bank holidays it follows");
		assertThat(this.tenants.find("not-a-slug")).isEmpty();
	}

	@Test
	void deploysAnotherShippedPackAfterADryRunListingWhatChanges() {
		String id = countyTenant();
		ResidentBrowser browser = platformAdmin();
		ResidentBrowser.Page choose = browser.get("/platform/tenants/" + id + "/deploy");
		assertThat(choose.html()).contains("Deploy a configuration pack", "Riverside Unitary Council",
				"enctype=\"multipart/form-data\"");
		ResidentBrowser.Page unchosen = browser.post("/platform/tenants/" + id + "/deploy/check");
		assertThat(unchosen.status()).isEqualTo(422);
		assertThat(unchosen.html()).contains("href=\"#pack\"", "Select a configuration pack");

		ResidentBrowser.Page dryRun = browser.post("/platform/tenants/" + id + "/deploy/check", "pack",
				"unitary-council-triage");
		assertThat(dryRun.html()).contains("Dry run – nothing has been deployed yet",
				"Compared with the live version 1", "<td class=\"govuk-table__cell\">Added</td>",
				"<td class=\"govuk-table__cell\">Removed</td>", "<td class=\"govuk-table__cell\">Changed</td>",
				"Deploy the pack");
		assertThat(dryRun.html()).doesNotContain("{\"", "/spec/");
		assertThat(liveVersion(id)).isEqualTo(1);

		ResidentBrowser.Page deployed = browser.post("/platform/tenants/" + id + "/deploy", "pack",
				"unitary-council-triage");
		assertThat(deployed.path()).isEqualTo("/platform/tenants/" + id);
		assertThat(deployed.html()).contains("Pack unitary-council-triage@1.0.0 is live", "as version 2");
		assertThat(liveVersion(id)).isEqualTo(2);

		ResidentBrowser.Page again = browser.post("/platform/tenants/" + id + "/deploy/check", "pack",
				"unitary-council-triage");
		assertThat(again.html()).contains("deploying it would change nothing").doesNotContain("Deploy the pack");
	}

	@Test
	void deploysAnUploadedPackAfterItsDryRun() {
		String id = countyTenant();
		ResidentBrowser browser = platformAdmin();
		browser.get("/platform/tenants/" + id + "/deploy");
		byte[] zip = zip(this.shipped.find("unitary-council-triage").orElseThrow().files());
		ResidentBrowser.Page dryRun = browser.postFiles("/platform/tenants/" + id + "/deploy/upload", "zip",
				List.of(new ResidentBrowser.File("pack.zip", zip)));
		assertThat(dryRun.status()).isEqualTo(200);
		assertThat(dryRun.html()).contains("the uploaded pack unitary-council-triage@1.0.0", "Deploy the pack");
		Matcher upload = Pattern.compile("name=\"upload\" value=\"([^\"]+)\"").matcher(dryRun.html());
		assertThat(upload.find()).isTrue();
		assertThat(liveVersion(id)).isEqualTo(1);

		ResidentBrowser.Page deployed = browser.post("/platform/tenants/" + id + "/deploy", "upload", upload.group(1));
		assertThat(deployed.html()).contains("as version 2");
		assertThat(liveVersion(id)).isEqualTo(2);
	}

	@Test
	void refusesAnUploadedPackWithErrorsAndDeploysNothing() {
		String id = countyTenant();
		ResidentBrowser browser = platformAdmin();
		browser.get("/platform/tenants/" + id + "/deploy");
		Map<String, byte[]> files = new java.util.TreeMap<>(this.shipped.find("county-council").orElseThrow().files());
		String type = new String(files.get("feedback-type.complaint-stage-1.json"), StandardCharsets.UTF_8);
		files.put("feedback-type.complaint-stage-1.json",
				type.replace("\"referencePrefix\": \"CMP\"", "\"referencePrefix\": \"not a prefix\"")
					.getBytes(StandardCharsets.UTF_8));
		ResidentBrowser.Page refused = browser.postFiles("/platform/tenants/" + id + "/deploy/upload", "zip",
				List.of(new ResidentBrowser.File("broken.zip", zip(files))));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("<title>Error: Deploy a configuration pack", "href=\"#zip\"",
				"The pack has 1 error, so nothing was deployed",
				"In county-council/feedback-type.complaint-stage-1.json, at spec › referencePrefix:",
				"id=\"zip-error\"");
		assertThat(refused.html()).doesNotContain("{\"");
		assertThat(liveVersion(id)).isEqualTo(1);

		ResidentBrowser.Page empty = browser.postFiles("/platform/tenants/" + id + "/deploy/upload", "zip",
				List.of(new ResidentBrowser.File("empty.zip", new byte[0])));
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.html()).contains("href=\"#zip\"", "Select a pack zip file");

		ResidentBrowser.Page notAZip = browser.postFiles("/platform/tenants/" + id + "/deploy/upload", "zip",
				List.of(new ResidentBrowser.File("notes.zip", "not a zip".getBytes(StandardCharsets.UTF_8))));
		assertThat(notAZip.status()).isEqualTo(422);
		assertThat(notAZip.html()).contains("href=\"#zip\"");
	}

	@Test
	void appointsATenantAdministratorWhoThenSignsInToTheTenantsAdministrationPages() {
		String id = countyTenant();
		ResidentBrowser browser = platformAdmin();
		ResidentBrowser.Page form = browser.get("/platform/tenants/" + id + "/administrators/new");
		assertThat(form.html()).contains("Appoint a tenant administrator", "like tenant-admin@demo-county");
		ResidentBrowser.Page appointed = browser.post("/platform/tenants/" + id + "/administrators/new", "user",
				"manager@demo-unitary");
		assertThat(appointed.path()).isEqualTo("/platform/tenants/" + id);
		assertThat(appointed.html()).contains(
				"manager@demo-unitary is now a tenant administrator of North Shire County Council",
				"They sign in at /t/" + id + "/login", "<li>manager@demo-unitary</li>");
		Membership member = TenantContext
			.callAs(this.tenants.get(id).asCurrent(), () -> this.memberships.find("manager@demo-unitary"))
			.orElseThrow();
		assertThat(member.roles()).containsExactly("TENANT_ADMIN");

		ResidentBrowser administrator = new ResidentBrowser(this.port);
		administrator.get("/t/" + id + "/login");
		ResidentBrowser.Page landed = administrator.post("/login", "username", "manager@demo-unitary", "password",
				OfficerSignIn.PASSWORD);
		assertThat(landed.path()).isEqualTo("/t/" + id + "/admin");
		assertThat(landed.html()).contains("North Shire County Council", "Feedback types");
	}

	@Test
	void refusesAnUnknownUserAndAMalformedUserIdAndAppointsNoOne() {
		String id = countyTenant();
		ResidentBrowser browser = platformAdmin();
		browser.get("/platform/tenants/" + id + "/administrators/new");
		ResidentBrowser.Page unknown = browser.post("/platform/tenants/" + id + "/administrators/new", "user",
				"jo.bloggs@north-shire");
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.html()).contains("<title>Error: Appoint a tenant administrator", "href=\"#user\"",
				"No one can sign in as jo.bloggs@north-shire", "id=\"user-error\"", "value=\"jo.bloggs@north-shire\"");
		ResidentBrowser.Page malformed = browser.post("/platform/tenants/" + id + "/administrators/new", "user",
				"not a user id");
		assertThat(malformed.status()).isEqualTo(422);
		assertThat(malformed.html()).contains("href=\"#user\"", "Enter a user id of up to 200 letters");
		ResidentBrowser.Page blank = browser.post("/platform/tenants/" + id + "/administrators/new", "user", "");
		assertThat(blank.html()).contains("Enter the user id of the new administrator");
		TenantContext.runAs(this.tenants.get(id).asCurrent(),
				() -> assertThat(this.memberships.list()).extracting(Membership::user)
					.doesNotContain("jo.bloggs@north-shire", "not a user id"));
	}

	@Test
	void suspendsATenantOnlyOnceConfirmedAndResumesIt() {
		String id = countyTenant();
		ResidentBrowser browser = platformAdmin();
		ResidentBrowser.Page tenant = browser.get("/platform/tenants/" + id);
		assertThat(tenant.html()).contains("href=\"/platform/tenants/" + id + "/suspend\"");
		ResidentBrowser.Page confirm = browser.get("/platform/tenants/" + id + "/suspend");
		assertThat(confirm.html()).contains("Are you sure you want to suspend North Shire County Council?",
				"Nothing is deleted", "Suspend the tenant");
		assertThat(this.tenants.get(id).suspended()).as("asking changes nothing").isFalse();

		ResidentBrowser.Page suspended = browser.post("/platform/tenants/" + id + "/suspend");
		assertThat(suspended.path()).isEqualTo("/platform/tenants/" + id);
		assertThat(suspended.html()).contains("North Shire County Council has been suspended", "Suspended",
				"href=\"/platform/tenants/" + id + "/resume\"");
		assertThat(this.tenants.get(id).suspended()).isTrue();

		assertThat(browser.get("/platform/tenants/" + id + "/resume").html())
			.contains("Are you sure you want to resume North Shire County Council?");
		ResidentBrowser.Page resumed = browser.post("/platform/tenants/" + id + "/resume");
		assertThat(resumed.html()).contains("North Shire County Council has been resumed");
		assertThat(this.tenants.get(id).suspended()).isFalse();
	}

	@Test
	void anUnknownTenantIsAGovUkErrorPage() {
		ResidentBrowser.Page missing = platformAdmin().get("/platform/tenants/no-such-tenant");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.html()).contains("govuk-template").doesNotContain("Whitelabel", "{\"");
	}

	@Test
	void theSignInAsAPlatformAdministratorLeadsToThePlatformPagesAndNoOneElseSeesThem() {
		ResidentBrowser browser = new ResidentBrowser(this.port);
		ResidentBrowser.Page signIn = browser.get("/platform/tenants/new");
		assertThat(signIn.path()).isEqualTo("/login");
		ResidentBrowser.Page landed = browser.post("/login", "username", PLATFORM_ADMIN, "password",
				OfficerSignIn.PASSWORD);
		assertThat(landed.path()).isEqualTo("/platform/tenants/new");

		String id = countyTenant();
		TenantContext.runAs(this.tenants.get(id).asCurrent(),
				() -> this.memberships.put("tenant-admin@demo-county", List.of("TENANT_ADMIN"), List.of(), "test"));
		ResidentBrowser tenantAdmin = new ResidentBrowser(this.port);
		tenantAdmin.get("/t/" + id + "/login");
		tenantAdmin.post("/login", "username", "tenant-admin@demo-county", "password", OfficerSignIn.PASSWORD);
		assertThat(tenantAdmin.get("/platform/tenants/new").status()).isEqualTo(403);
		assertThat(tenantAdmin.post("/platform/tenants/" + id + "/suspend").status()).isEqualTo(403);
		assertThat(this.tenants.get(id).suspended()).isFalse();
	}

	private String countyTenant() {
		String id = newId();
		this.deployment.deployShipped(id, "county-council", true);
		return id;
	}

	private static String newId() {
		return "platform-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private int liveVersion(String id) {
		return TenantContext.callAs(this.tenants.get(id).asCurrent(),
				() -> this.configurations.current().map(ConfigVersion::number).orElse(0));
	}

	private ResidentBrowser platformAdmin() {
		ResidentBrowser browser = new ResidentBrowser(this.port);
		browser.get("/platform/login");
		ResidentBrowser.Page landed = browser.post("/login", "username", PLATFORM_ADMIN, "password",
				OfficerSignIn.PASSWORD);
		assertThat(landed.path()).startsWith("/platform");
		return browser;
	}

	private static String row(String html, String id) {
		Matcher row = Pattern
			.compile("<tr class=\"govuk-table__row\" id=\"tenant-" + id + "\">(.*?)</tr>", Pattern.DOTALL)
			.matcher(html);
		assertThat(row.find()).as("a row for " + id).isTrue();
		return row.group(1);
	}

	private static String[] with(String[] fields, String... more) {
		String[] all = java.util.Arrays.copyOf(fields, fields.length + more.length);
		System.arraycopy(more, 0, all, fields.length, more.length);
		return all;
	}

	static byte[] zip(Map<String, byte[]> files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
