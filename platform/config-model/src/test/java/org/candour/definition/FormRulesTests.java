package org.candour.definition;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FormRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

	private static final FormRules RULES = FormRules.of(JsonResources.parse("""
			{ "type": "VerticalLayout", "elements": [
			  { "type": "Control", "scope": "#/properties/preferredContact",
			    "options": { "needs": { "email": "email", "letter": "address" } } },
			  { "type": "Group", "label": "When", "elements": [
			    { "type": "Control", "scope": "#/properties/incidentDate", "options": { "dates": "past" } },
			    { "type": "Control", "scope": "#/properties/meetingDate", "options": { "dates": "future" } } ] } ] }
			"""));

	@Test
	void aChosenContactMethodNeedsItsContactDetail() {
		assertThat(RULES.check(JsonResources.parse("""
				{ "preferredContact": "email", "email": " " }
				"""), TODAY)).extracting(Violation::pointer, Violation::keyword)
			.containsExactly(tuple("/email", "needs"));
		assertThat(RULES.check(JsonResources.parse("""
				{ "preferredContact": "letter", "address": {} }
				"""), TODAY)).extracting(Violation::pointer).containsExactly("/address");
		assertThat(RULES.check(JsonResources.parse("""
				{ "preferredContact": "email", "email": "sam@example.com" }
				"""), TODAY)).isEmpty();
		assertThat(RULES.check(JsonResources.parse("""
				{ "preferredContact": "phone" }
				"""), TODAY)).isEmpty();
	}

	@Test
	void saysWhichAnswerNeedsAProperty() {
		assertThat(RULES.neededBy("email", JsonResources.parse("""
				{ "preferredContact": "email" }
				"""))).contains("preferredContact");
		assertThat(RULES.neededBy("email", JsonResources.parse("""
				{ "preferredContact": "letter" }
				"""))).isEmpty();
	}

	@Test
	void aPastDateMayBeTodayButNotLater() {
		assertThat(RULES.check(JsonResources.parse("""
				{ "incidentDate": "2099-01-01", "meetingDate": "2026-11-17" }
				"""), TODAY)).extracting(Violation::pointer, Violation::keyword)
			.containsExactly(tuple("/incidentDate", "dates"), tuple("/meetingDate", "dates"));
		assertThat(RULES.check(JsonResources.parse("""
				{ "incidentDate": "2026-11-18", "meetingDate": "2026-11-18" }
				"""), TODAY)).isEmpty();
	}

	@Test
	void leavesDatesThatAreNotDatesToTheSchema() {
		assertThat(RULES.check(JsonResources.parse("""
				{ "incidentDate": "2026-02-31" }
				"""), TODAY)).isEmpty();
	}

	@Test
	void aLayoutWithoutRulesHasNone() {
		assertThat(FormRules.of(JsonResources.parse("""
				{ "type": "Control", "scope": "#/properties/summary" }
				"""))).isSameAs(FormRules.NONE);
		assertThat(FormRules.of(null)).isSameAs(FormRules.NONE);
	}

}
