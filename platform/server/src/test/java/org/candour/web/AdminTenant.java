package org.candour.web;

import java.util.List;
import java.util.UUID;

import org.candour.config.ConfigPublisher;
import org.candour.config.DraftManagement;
import org.candour.packs.PackDeployment;
import org.candour.security.Memberships;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;

/**
 * A tenant of its own for an administration test, deployed from the county council pack
 * (draft and version 1 alike), whose tenant administrator, auditor and officer are the
 * demo county's users, so that a test may change its draft and publish freely.
 */
final class AdminTenant {

	static final String ADMIN = "tenant-admin@demo-county";

	static final String AUDITOR = "auditor@demo-county";

	static final String OFFICER = "officer@demo-county";

	static final String DATA_PROTECTION = "data-protection@demo-county";

	final String id;

	private final TenantManagement tenants;

	private final DraftManagement drafts;

	private final ConfigPublisher publisher;

	AdminTenant(TenantManagement tenants, PackDeployment deployment, Memberships memberships, DraftManagement drafts,
			ConfigPublisher publisher) {
		this.tenants = tenants;
		this.drafts = drafts;
		this.publisher = publisher;
		this.id = "admin-" + UUID.randomUUID().toString().substring(0, 8);
		deployment.deployShipped(this.id, "county-council", true);
		TenantContext.runAs(current(), () -> {
			memberships.put(ADMIN, List.of("TENANT_ADMIN"), List.of(), "admin tests");
			memberships.put(AUDITOR, List.of("AUDITOR"), List.of(), "admin tests");
			memberships.put(OFFICER, List.of("OFFICER"), List.of(), "admin tests");
			memberships.put(DATA_PROTECTION, List.of("data-protection-officer"), List.of(), "admin tests");
		});
	}

	CurrentTenant current() {
		return this.tenants.get(this.id).asCurrent();
	}

	String admin() {
		return "/t/" + this.id + "/admin";
	}

	/** Publishes the draft as it is. */
	void publish(String comment) {
		TenantContext.runAs(current(), () -> this.publisher.publish(this.drafts.draft().documents(), comment, null));
	}

	/**
	 * A browser signed in to this tenant as {@code user} (any page but the sign-in page).
	 */
	ResidentBrowser signedIn(int port, String user) {
		ResidentBrowser browser = new ResidentBrowser(port);
		browser.get("/t/" + this.id + "/login");
		ResidentBrowser.Page landed = browser.post("/login", "username", user, "password", OfficerSignIn.PASSWORD);
		org.assertj.core.api.Assertions.assertThat(landed.path()).isNotEqualTo("/login");
		return browser;
	}

	<T> T inTenant(java.util.function.Supplier<T> work) {
		return TenantContext.callAs(current(), work);
	}

}
