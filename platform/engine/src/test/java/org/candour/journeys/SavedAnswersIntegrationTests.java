package org.candour.journeys;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident's answers kept beyond their session: back under the browser's key until they
 * expire (then never returned, and swept), gone once forgotten, and confined to the
 * tenant and the browser that saved them.
 */
@CandourIntegrationTest
class SavedAnswersIntegrationTests {

	private static final SavedJourney JOURNEY = new SavedJourney("web-1", "{\"summary\":\"Bins not collected\"}",
			"{\"email\":\"jo@example.com\"}");

	@Autowired
	SavedAnswers answers;

	@Autowired
	SavedAnswersSweep sweep;

	@Autowired
	TestClock clock;

	@Autowired
	Api api;

	@Autowired
	TenantManagement tenants;

	String tenant;

	String otherTenant;

	@BeforeEach
	void twoTenants() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.tenant = this.api.newTenant("pooled");
		this.otherTenant = this.api.newTenant("pooled");
	}

	@Test
	void answersComeBackUnderTheKeyThatSavedThemUntilTheyExpire() {
		String key = SavedAnswers.newKey();
		as(this.tenant, () -> this.answers.save(key, "complaint", JOURNEY));
		this.clock.set("2026-11-18T11:59:00Z");
		assertThat(as(this.tenant, () -> this.answers.find(key, "complaint"))).contains(JOURNEY);
		assertThat(as(this.tenant, () -> this.answers.find(key, "compliment"))).isEmpty();
		assertThat(as(this.tenant, () -> this.answers.find(SavedAnswers.newKey(), "complaint"))).isEmpty();
		assertThat(as(this.otherTenant, () -> this.answers.find(key, "complaint"))).isEmpty();

		this.clock.set("2026-11-18T12:00:00Z");
		assertThat(as(this.tenant, () -> this.answers.find(key, "complaint"))).as("two hours after the last save")
			.isEmpty();
	}

	@Test
	void eachSaveKeepsTheAnswersLongerAndTheSweepRemovesOnlyExpiredOnes() {
		String kept = SavedAnswers.newKey();
		String abandoned = SavedAnswers.newKey();
		as(this.tenant, () -> this.answers.save(kept, "complaint", JOURNEY));
		as(this.tenant, () -> this.answers.save(abandoned, "complaint", JOURNEY));
		this.clock.set("2026-11-18T11:30:00Z");
		as(this.tenant, () -> this.answers.save(kept, "complaint", JOURNEY));
		this.clock.set("2026-11-18T12:30:00Z");

		assertThat(as(this.tenant, () -> this.answers.sweep())).isEqualTo(1);
		assertThat(as(this.tenant, () -> this.answers.find(kept, "complaint"))).contains(JOURNEY);
	}

	@Test
	void forgettingRemovesOneJourneyOrEveryJourneyOfTheBrowser() {
		String key = SavedAnswers.newKey();
		as(this.tenant, () -> {
			this.answers.save(key, "complaint", JOURNEY);
			this.answers.save(key, "compliment", JOURNEY);
		});
		as(this.tenant, () -> this.answers.forget(key, "complaint"));
		assertThat(as(this.tenant, () -> this.answers.find(key, "complaint"))).isEmpty();
		assertThat(as(this.tenant, () -> this.answers.find(key, "compliment"))).contains(JOURNEY);

		as(this.tenant, () -> this.answers.forgetAll(key));
		assertThat(as(this.tenant, () -> this.answers.find(key, "compliment"))).isEmpty();
	}

	@Test
	void somethingThatIsNotAKeyFindsNothing() {
		assertThat(SavedAnswers.isKey(SavedAnswers.newKey())).isTrue();
		assertThat(SavedAnswers.isKey("../../etc")).isFalse();
		assertThat(as(this.tenant, () -> this.answers.find("not-a-key", "complaint"))).isEmpty();
	}

	private <T> T as(String id, java.util.function.Supplier<T> work) {
		return TenantContext.callAs(this.tenants.find(id).orElseThrow().asCurrent(), work);
	}

	private void as(String id, Runnable work) {
		TenantContext.runAs(this.tenants.find(id).orElseThrow().asCurrent(), work);
	}

}
