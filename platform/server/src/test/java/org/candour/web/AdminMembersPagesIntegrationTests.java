package org.candour.web;

import java.util.List;

import org.candour.config.DraftManagement;
import org.candour.config.DraftDocument;
import org.candour.security.Membership;
import org.candour.security.Memberships;
import org.candour.security.SecurityEvent;
import org.candour.security.SecurityEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The members pages on a tenant of the county council pack: members with their roles by
 * the tenant's titles and their teams by name, a member added (with a custom role limited
 * to the children's feedback types), changed and removed through the memberships service
 * and the security log, problems on the fields with nothing changed, machine clients
 * refused as people; roles added on the role pages, a shipped role saved unchanged, a
 * stale save; and auditors reading without changing.
 */
@CandourWebTest
class AdminMembersPagesIntegrationTests {

	static final String NEWCOMER = "sam.newcomer@north-shire.example";

	@LocalServerPort
	int port;

	@Autowired
	DraftManagement drafts;

	@Autowired
	Memberships memberships;

	@Autowired
	SecurityEvents events;

	@Autowired
	AdminTenants adminTenants;

	AdminTenant tenant;

	String members;

	@BeforeEach
	void countyTenantWithAChildrensOfficerRole() {
		this.tenant = this.adminTenants.county();
		this.members = this.tenant.admin() + "/members";
		ObjectNode role = JsonMapper.builder().build().createObjectNode();
		role.put("kind", "role").put("id", "childrens-officer").put("title", "Complaints officer — children's");
		ObjectNode spec = role.putObject("spec").put("baseRole", "OFFICER");
		spec.putObject("limits")
			.putArray("feedbackTypes")
			.add("childrens-stage-1")
			.add("childrens-stage-2")
			.add("childrens-stage-3");
		this.tenant.inTenant(() -> this.drafts.put(new DraftDocument("role", "childrens-officer", role)));
		this.tenant.publish("A children's officer role");
	}

	@Test
	void listsTheMembersWithTheirRolesByTitleAndSaysHowNewMembersSignIn() {
		ResidentBrowser.Page page = signedIn(AdminTenant.ADMIN).get(this.members);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("tenant-admin@demo-county", "Tenant administrator", "auditor@demo-county",
				"Candour’s own sign-in", "No group gives a role.", "Add a member</a>");
		assertThat(page.html()).as("demo users can sign in").doesNotContain("govuk-tag--yellow");
	}

	@Test
	void addsAMemberWithACustomRoleThenChangesAndRemovesThem() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page form = browser.get(this.members + "/new");
		assertThat(form.html())
			.contains("Complaints officer — children&#39;s: Officer, only Children&#39;s social care "
					+ "complaint, Children&#39;s complaint stage 2 investigation", "Children&#39;s Services");
		ResidentBrowser.Page added = browser.post(this.members + "/new", "user", NEWCOMER, "email", NEWCOMER, "roles",
				"childrens-officer", "orgUnits", "childrens-services");
		assertThat(added.path()).startsWith(this.members);
		assertThat(added.html()).contains("Member added", NEWCOMER, "Complaints officer — children&#39;s",
				"Children&#39;s Services", "govuk-tag--yellow\">Cannot sign in yet");
		assertThat(member()).extracting(Membership::roles, Membership::orgUnits, Membership::email)
			.containsExactly(List.of("childrens-officer"), List.of("childrens-services"), NEWCOMER);

		browser.get(this.members + "/" + NEWCOMER);
		ResidentBrowser.Page changed = browser.post(this.members + "/" + NEWCOMER, "email", "", "roles", "OFFICER",
				"roles", "childrens-officer");
		assertThat(changed.html()).contains("Member changed");
		assertThat(member()).extracting(Membership::roles, Membership::orgUnits, Membership::email)
			.containsExactly(List.of("OFFICER", "childrens-officer"), List.of(), null);

		browser.get(this.members + "/" + NEWCOMER + "/remove");
		ResidentBrowser.Page removed = browser.post(this.members + "/" + NEWCOMER + "/remove");
		assertThat(removed.html()).contains("Member removed").doesNotContain(NEWCOMER);
		assertThat(this.tenant.inTenant(() -> this.memberships.find(NEWCOMER))).isEmpty();
		assertThat(this.tenant.inTenant(() -> this.events.list("role-change", null, 20)))
			.extracting(SecurityEvent::detail)
			.anyMatch(detail -> detail.contains(NEWCOMER + " now has roles [childrens-officer]"))
			.anyMatch(detail -> detail.contains(NEWCOMER + " removed"));
	}

	@Test
	void putsProblemsOnTheFieldsAndChangesNothing() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		browser.get(this.members + "/new");
		ResidentBrowser.Page refused = browser.post(this.members + "/new", "user", "not a user", "email", "nowhere");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("<title>Error: Add a member", "href=\"#user\"", "href=\"#email\"",
				"href=\"#roles\"", "Select at least one role");
		ResidentBrowser.Page machine = browser.post(this.members + "/new", "user", "candour-cli", "roles", "OFFICER");
		assertThat(machine.status()).isEqualTo(422);
		assertThat(machine.html()).contains("candour-cli is a machine client, not a person");
		ResidentBrowser.Page existing = browser.post(this.members + "/new", "user", AdminTenant.OFFICER, "roles",
				"MANAGER");
		assertThat(existing.status()).isEqualTo(422);
		assertThat(existing.html()).contains("is already a member");
		assertThat(this.tenant.inTenant(() -> this.memberships.find(AdminTenant.OFFICER)).orElseThrow().roles())
			.containsExactly("OFFICER");
		assertThat(this.tenant.inTenant(() -> this.memberships.find("candour-cli"))).isEmpty();
	}

	@Test
	void anAuditorReadsTheMembersWithoutButtonsAndIsRefusedAChange() {
		ResidentBrowser auditor = signedIn(AdminTenant.AUDITOR);
		for (String path : new String[] { "/members", "/members/new", "/members/" + AdminTenant.OFFICER,
				"/members/" + AdminTenant.OFFICER + "/remove", "/roles", "/roles/new", "/roles/officer" }) {
			ResidentBrowser.Page page = auditor.get(this.tenant.admin() + path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.html()).as(path)
				.contains("Read only")
				.doesNotContain("Add a member</a>", "Add member</button>", "Save member</button>",
						"Remove member</button>", "Save role</button>", "Add a role</a>");
		}
		assertThat(auditor.post(this.members + "/new", "user", NEWCOMER, "roles", "OFFICER").status()).isEqualTo(403);
		assertThat(auditor.post(this.members + "/" + AdminTenant.OFFICER, "roles", "MANAGER").status()).isEqualTo(403);
		assertThat(auditor.post(this.members + "/" + AdminTenant.OFFICER + "/remove").status()).isEqualTo(403);
		assertThat(auditor
			.post(this.tenant.admin() + "/roles/new", "title", "Auditor's role", "baseRole", "OFFICER", "hash", "")
			.status()).isEqualTo(403);
		assertThat(this.tenant.inTenant(() -> this.memberships.find(AdminTenant.OFFICER)).orElseThrow().roles())
			.containsExactly("OFFICER");
	}

	@Test
	void addsARoleLimitedToFeedbackTypesAndSavesAShippedRoleUnchanged() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		String roles = this.tenant.admin() + "/roles";
		assertThat(browser.get(roles).html()).contains("Complaints officer", "Every feedback type", "£250");
		browser.get(roles + "/new");
		ResidentBrowser.Page refused = browser.post(roles + "/new", "title", "", "remedyLimit", "lots", "hash", "");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("<title>Error: Add a role", "href=\"#title\"", "href=\"#baseRole\"",
				"href=\"#remedyLimit\"");
		assertThat(this.tenant.inTenant(() -> this.drafts.draft().find("role", "childrens-manager"))).isEmpty();

		ResidentBrowser.Page added = browser.post(roles + "/new", "title", "Childrens manager", "baseRole", "MANAGER",
				"feedbackTypes", "childrens-stage-1", "remedyLimit", "", "hash", "");
		assertThat(added.html()).contains("Role saved in the draft", "Childrens manager");
		assertThat(this.tenant.inTenant(() -> this.drafts.get("role", "childrens-manager")).content().at("/spec"))
			.hasToString("{\"baseRole\":\"MANAGER\",\"limits\":{\"feedbackTypes\":[\"childrens-stage-1\"]}}");

		String officer = this.tenant.inTenant(() -> this.drafts.draft().hashOf("role", "officer"));
		browser.get(roles + "/officer");
		browser.post(roles + "/officer", "title", "Complaints officer", "baseRole", "OFFICER", "remedyLimit", "250",
				"hash", officer);
		assertThat(this.tenant.inTenant(() -> this.drafts.draft().hashOf("role", "officer")))
			.as("saved unchanged, the shipped role stays as written")
			.isEqualTo(officer);
		ResidentBrowser.Page stale = browser.post(roles + "/officer", "title", "Officer", "baseRole", "OFFICER", "hash",
				"stale");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.html()).contains("Someone else changed this role");
	}

	private Membership member() {
		return this.tenant.inTenant(() -> this.memberships.find(NEWCOMER)).orElseThrow();
	}

	private ResidentBrowser signedIn(String user) {
		return this.tenant.signedIn(this.port, user);
	}

}
