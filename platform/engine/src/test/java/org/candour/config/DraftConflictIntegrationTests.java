package org.candour.config;

import java.util.List;
import java.util.Map;

import org.candour.api.Refusal;
import org.candour.definition.ConfigDocument;
import org.candour.support.ConfigFixtures;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestTenants;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two administrators editing the same draft document: a save carries the document's hash
 * as the editor read it, and a save over someone else's change is refused with nothing
 * written.
 */
@CandourIntegrationTest
class DraftConflictIntegrationTests {

	@Autowired
	TestTenants testTenants;

	@Autowired
	TenantManagement tenants;

	@Autowired
	DraftManagement drafts;

	String tenant;

	@BeforeEach
	void tenantWithAPublishedConfiguration() {
		this.tenant = this.testTenants.withConfiguration("minimal");
	}

	@Test
	void savesWhenTheDocumentIsAsTheEditorReadIt() {
		inTenant(() -> {
			String read = this.drafts.draft().hashOf("feedback-type", "complaint");
			this.drafts.put(renamed("Complaint about a service"), read);
			assertThat(this.drafts.get("feedback-type", "complaint").title().asString())
				.isEqualTo("Complaint about a service");
			assertThat(this.drafts.draft().hashOf("feedback-type", "complaint")).isNotEqualTo(read);
		});
	}

	@Test
	void refusesASaveOverAChangeMadeMeanwhileAndWritesNothing() {
		inTenant(() -> {
			String first = this.drafts.draft().hashOf("feedback-type", "complaint");
			String second = this.drafts.draft().hashOf("feedback-type", "complaint");
			this.drafts.put(renamed("Renamed by the first administrator"), first);
			long revision = this.drafts.draft().revision();

			assertThatThrownBy(() -> this.drafts.put(renamed("Renamed by the second administrator"), second))
				.isInstanceOfSatisfying(Refusal.class, refusal -> {
					assertThat(refusal.kind()).isEqualTo(Refusal.Kind.STALE);
					assertThat(refusal.properties()).containsEntry("code", "draft.document-changed")
						.containsEntry("document", "feedback-type/complaint");
				});
			assertThat(this.drafts.get("feedback-type", "complaint").title().asString())
				.isEqualTo("Renamed by the first administrator");
			assertThat(this.drafts.draft().revision()).isEqualTo(revision);
		});
	}

	@Test
	void aChangeToAnotherDocumentIsNoConflict() {
		inTenant(() -> {
			String read = this.drafts.draft().hashOf("feedback-type", "complaint");
			ObjectNode form = ConfigFixtures.document("minimal", "form", "complaint-form");
			form.put("title", "Changed meanwhile");
			this.drafts.put(new DraftDocument("form", "complaint-form", form));

			this.drafts.put(renamed("Complaint"), read);
			assertThat(this.drafts.get("form", "complaint-form").title().asString()).isEqualTo("Changed meanwhile");
		});
	}

	@Test
	void aNewDocumentIsRefusedWhenSomeoneCreatedItFirstAndSeveralAreWrittenTogetherOrNotAtAll() {
		inTenant(() -> {
			ObjectNode copy = ConfigFixtures.document("minimal", "feedback-type", "complaint");
			copy.put("id", "complaint-copy");
			DraftDocument first = new DraftDocument("feedback-type", "complaint-copy", copy);
			this.drafts.put(first, DraftSet.ABSENT);

			ObjectNode form = ConfigFixtures.document("minimal", "form", "complaint-form");
			form.put("id", "complaint-copy-form");
			assertThatThrownBy(() -> this.drafts
				.put(List.of(new DraftDocument("form", "complaint-copy-form", form), first), Map
					.of("form/complaint-copy-form", DraftSet.ABSENT, "feedback-type/complaint-copy", DraftSet.ABSENT)))
				.isInstanceOf(Refusal.class);
			assertThat(this.drafts.draft().find("form", "complaint-copy-form")).as("nothing written").isEmpty();
		});
	}

	private DraftDocument renamed(String title) {
		ConfigDocument current = this.drafts.get("feedback-type", "complaint");
		ObjectNode content = current.content().deepCopy();
		content.put("title", title);
		return new DraftDocument("feedback-type", "complaint", content);
	}

	private void inTenant(Runnable test) {
		TenantContext.runAs(this.tenants.get(this.tenant).asCurrent(), test);
	}

}
