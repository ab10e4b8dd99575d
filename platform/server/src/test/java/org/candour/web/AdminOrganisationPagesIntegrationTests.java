package org.candour.web;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.cases.CaseIntake;
import org.candour.cases.CaseLookup;
import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;
import org.candour.config.DraftManagement;
import org.candour.definition.model.OrgStructure;
import org.candour.definition.model.OrgUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation structure pages on a tenant of the county council pack: the tree on a
 * date, a restructure checked (open cases counted per unit that ends) and saved as one
 * change of the draft, refusals on the fields, conflicts, auditors, and the open cases of
 * units a published restructure ended moved to the unit that took over.
 */
@CandourWebTest
class AdminOrganisationPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DraftManagement drafts;

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseLookup lookup;

	@Autowired
	StoppableClock clock;

	@Autowired
	org.candour.security.Memberships memberships;

	AdminTenant tenant;

	String organisation;

	@BeforeEach
	void countyTenant() {
		this.tenant = this.adminTenants.county();
		this.organisation = this.tenant.admin() + "/organisation";
	}

	@Test
	void showsTheTreeAsItWasOnAnyDate() {
		this.tenant.inTenant(() -> this.memberships.put(AdminTenant.OFFICER, List.of("OFFICER"),
				List.of("street-lighting-team"), "organisation test"));
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page today = browser.get(this.organisation);
		assertThat(today.status()).isEqualTo(200);
		assertThat(today.html())
			.contains("id=\"unit-highways-maintenance-team\"", "Highways Maintenance",
					"replaced Highways North Area and Highways South Area")
			.doesNotContain("id=\"unit-highways-north\"");
		assertThat(today.html()).containsPattern("id=\"unit-street-lighting-team\">\\s*<strong>Street Lighting</strong>"
				+ "(?s:(?!</li>).)*– 1 member<");

		ResidentBrowser.Page before = browser.get(this.organisation + "?day=31&month=3&year=2025");
		assertThat(before.html()).contains("On 31 March 2025", "id=\"unit-highways-north\"")
			.doesNotContain("id=\"unit-highways-maintenance-team\"");

		ResidentBrowser.Page wrong = browser.get(this.organisation + "?day=31&month=2&year=2025");
		assertThat(wrong.html()).contains("<title>Error: ", "href=\"#day\"", "Enter a real date");
	}

	@Test
	void savesARestructureAsOneChangeAfterCountingTheOpenCasesInTheUnitsThatEnd() {
		log("street-lighting-team", 2);
		log("highways-inspections-team", 1);
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		String hash = hash(browser.get(this.organisation + "/restructure").html());

		ResidentBrowser.Page check = browser.post(this.organisation + "/restructure", "hash", hash, "units",
				"street-lighting-team", "units", "highways-inspections-team", "name", "Highway Assets", "parent",
				"highways", "day", "1", "month", "4", "year", "2027");
		assertThat(check.status()).isEqualTo(200);
		assertThat(check.html()).contains(
				"&#39;Street Lighting&#39; and &#39;Highway Inspections&#39; merge into &#39;Highway Assets&#39; from 1 April 2027",
				"last day <span>31 March 2027</span>")
			.doesNotContain("id=\"past-warning\"");
		assertThat(openCases(check.html())).containsExactly("Street Lighting 2", "Highway Inspections 1");
		assertThat(structure().unit("highway-assets")).as("nothing saved before the check").isEmpty();

		ResidentBrowser.Page saved = browser.post(this.organisation + "/restructure", "hash", hash, "units",
				"street-lighting-team", "units", "highways-inspections-team", "name", "Highway Assets", "parent",
				"highways", "day", "1", "month", "4", "year", "2027", "confirm", "yes");
		assertThat(saved.path()).isEqualTo(this.organisation);
		assertThat(saved.html()).contains("Restructure saved in the draft");
		OrgStructure structure = structure();
		assertThat(structure.unit("highway-assets").map(OrgUnit::replaces).orElseThrow())
			.containsExactly("street-lighting-team", "highways-inspections-team");
		assertThat(structure.unit("street-lighting-team").orElseThrow().effectiveTo())
			.isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(browser.get(this.organisation + "?day=1&month=4&year=2027").html())
			.contains("id=\"unit-highway-assets\"")
			.doesNotContain("id=\"unit-street-lighting-team\"");
		assertThat(browser.get(this.tenant.admin() + "/check").html()).contains(
				"&#39;Street Lighting&#39; and &#39;Highway Inspections&#39; merge into &#39;Highway Assets&#39; from 1 April 2027");
	}

	@Test
	void refusesARestructureOnTheFieldsAndChangesNothing() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		String hash = hash(browser.get(this.organisation + "/restructure").html());
		String before = this.tenant.inTenant(() -> this.drafts.draft().hashOf("org-structure", "organisation"));

		ResidentBrowser.Page levels = browser.post(this.organisation + "/restructure", "hash", hash, "units",
				"street-lighting-team", "units", "transport", "name", "Streets", "parent", "highways", "day", "1",
				"month", "4", "year", "2027");
		assertThat(levels.status()).isEqualTo(422);
		assertThat(levels.html()).contains("<title>Error: ", "href=\"#units\"", "Select units of one level");

		ResidentBrowser.Page empty = browser.post(this.organisation + "/restructure", "hash", hash, "name", "", "day",
				"31", "month", "2", "year", "2027");
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.html()).contains("href=\"#units\"", "href=\"#name\"", "href=\"#from\"", "Enter a real date");

		ResidentBrowser.Page unit = browser.post(this.organisation + "/new-unit", "hash", hash, "name", "Potholes",
				"type", "team", "parent", "economy-transport-environment", "day", "1", "month", "4", "year", "2027");
		assertThat(unit.status()).isEqualTo(422);
		assertThat(unit.html()).contains("href=\"#parent\"", "A team cannot sit inside");
		assertThat(this.tenant.inTenant(() -> this.drafts.draft().hashOf("org-structure", "organisation")))
			.isEqualTo(before);
	}

	@Test
	void addsRenamesAndClosesUnitsAndShowsTheConflictPageOverSomeoneElsesChange() {
		ResidentBrowser first = signedIn(AdminTenant.ADMIN);
		ResidentBrowser second = signedIn(AdminTenant.ADMIN);
		String firstHash = hash(first.get(this.organisation + "/new-unit").html());
		String secondHash = hash(second.get(this.organisation + "/units/archives-team/rename").html());

		ResidentBrowser.Page added = first.post(this.organisation + "/new-unit", "hash", firstHash, "name", "Potholes",
				"type", "team", "parent", "highways", "day", "1", "month", "4", "year", "2027");
		assertThat(added.html()).contains("Unit added in the draft");
		ResidentBrowser.Page conflict = second.post(this.organisation + "/units/archives-team/rename", "hash",
				secondHash, "name", "Record Office");
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.html()).contains("Someone else changed this organisation structure");

		String hash = hash(second.get(this.organisation + "/units/archives-team/rename").html());
		second.post(this.organisation + "/units/archives-team/rename", "hash", hash, "name", "Record Office");
		hash = hash(second.get(this.organisation + "/units/libraries-team/close").html());
		ResidentBrowser.Page closed = second.post(this.organisation + "/units/libraries-team/close", "hash", hash,
				"day", "31", "month", "3", "year", "2027");
		assertThat(closed.html()).contains("Unit closed in the draft");
		OrgStructure structure = structure();
		assertThat(structure.unit("potholes").orElseThrow().parent()).isEqualTo("highways");
		assertThat(structure.unit("archives-team").orElseThrow().name().asString()).isEqualTo("Record Office");
		assertThat(structure.unit("libraries-team").orElseThrow().effectiveTo()).isEqualTo(LocalDate.of(2027, 3, 31));
	}

	@Test
	void auditorsReadTheStructureAndChangeNothing() {
		ResidentBrowser auditor = signedIn(AdminTenant.AUDITOR);
		ResidentBrowser.Page page = auditor.get(this.organisation);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("Highways Maintenance").doesNotContain("Restructure: merge units", "/rename");
		String hash = hash(auditor.get(this.organisation + "/restructure").html());
		assertThat(auditor
			.post(this.organisation + "/restructure", "hash", hash, "units", "street-lighting-team", "name", "X",
					"parent", "highways", "day", "1", "month", "4", "year", "2027")
			.status()).isEqualTo(403);
		assertThat(auditor.post(this.organisation + "/new-unit", "hash", hash, "name", "X").status()).isEqualTo(403);
		assertThat(auditor.post(this.organisation + "/units/highways-north/move-open-cases").status()).isEqualTo(403);
	}

	@Test
	void movesTheOpenCasesOfUnitsAPublishedRestructureEndedWhenTheAdministratorChooses() {
		List<String> references = log("rights-of-way-team", 2);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), java.time.ZoneId.of("Europe/London"));
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		String hash = hash(browser.get(this.organisation + "/restructure").html());
		String[] fields = { "hash", hash, "units", "rights-of-way-team", "units", "flood-management-team", "name",
				"Countryside", "parent", "environment-planning", "day", String.valueOf(today.getDayOfMonth()), "month",
				String.valueOf(today.getMonthValue()), "year", String.valueOf(today.getYear()) };
		browser.post(this.organisation + "/restructure", fields);
		String[] confirmed = java.util.Arrays.copyOf(fields, fields.length + 2);
		confirmed[fields.length] = "confirm";
		confirmed[fields.length + 1] = "yes";
		browser.post(this.organisation + "/restructure", confirmed);
		assertThat(browser.get(this.organisation).html()).as("not published yet: nothing has ended for officers")
			.doesNotContain("id=\"ended-with-cases\"");

		this.tenant.publish("Countryside restructure");
		ResidentBrowser.Page page = browser.get(this.organisation);
		assertThat(page.html()).contains("id=\"ended-with-cases\"", "Move them to Countryside");
		ResidentBrowser.Page moved = browser.post(this.organisation + "/units/rights-of-way-team/move-open-cases");
		assertThat(moved.html()).contains("2 open cases moved");
		for (String reference : references) {
			FeedbackCase moved1 = this.tenant
				.inTenant(() -> this.lookup.find(new CaseReference(reference)).orElseThrow());
			assertThat(moved1.current().orgUnit()).isEqualTo("countryside");
			assertThat(moved1.history().get(moved1.history().size() - 1).action()).isEqualTo("restructure");
			assertThat(moved1.history().get(moved1.history().size() - 1).by()).isEqualTo(AdminTenant.ADMIN);
		}
		assertThat(browser.get(this.organisation).html()).doesNotContain("id=\"ended-with-cases\"");
	}

	private List<String> log(String unit, int count) {
		return UnitComplaints.log(this.tenant, this.intake, unit, count);
	}

	private OrgStructure structure() {
		return OrgStructure
			.read(this.tenant.inTenant(() -> this.drafts.get("org-structure", "organisation")).content());
	}

	private static List<String> openCases(String html) {
		Matcher rows = Pattern
			.compile("<td class=\"govuk-table__cell\">([^<]*)</td>\\s*"
					+ "<td class=\"govuk-table__cell govuk-table__cell--numeric\">(\\d+)</td>")
			.matcher(html);
		List<String> found = new java.util.ArrayList<>();
		while (rows.find()) {
			found.add(rows.group(1) + " " + rows.group(2));
		}
		return found;
	}

	private static String hash(String html) {
		Matcher hash = Pattern.compile("name=\"hash\" value=\"([^\"]*)\"").matcher(html);
		assertThat(hash.find()).as("the page carries the document's hash").isTrue();
		return hash.group(1);
	}

	private ResidentBrowser signedIn(String user) {
		return this.tenant.signedIn(this.port, user);
	}

}
