package org.candour.web;

import java.util.Map;

import org.candour.api.Refusal;
import org.candour.cases.CaseActions;
import org.candour.cases.CaseRecords;
import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;
import org.candour.cases.HistoryEntry;
import org.candour.definition.model.Triage;
import org.candour.cases.TriageCase;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Triage as the unitary council's workflow declares it: the classification and the
 * allocation after it are one engine operation, written once or not at all.
 */
@CandourWebTest
class TriageIntegrationTests {

	@Autowired
	CaseworkFixtures fixtures;

	@Autowired
	CaseActions actions;

	@Autowired
	CaseRecords records;

	@Autowired
	JsonMapper json;

	CaseworkFixture casework;

	@BeforeEach
	void unitaryCouncil() {
		this.casework = this.fixtures.fixture();
	}

	@Test
	void theWorkflowDeclaresItsClassificationsAndTheAllocationAfterAComplaint() {
		String reference = this.casework.contact("Missed bins on Mill Lane", null);
		Triage triage = TenantContext.callAs(this.casework.tenant(),
				() -> java.util.Optional
					.ofNullable(this.records.configuration(this.records.load(reference)).workflow().triage())
					.orElseThrow());
		assertThat(triage.classifications()).extracting(Triage.Classification::action)
			.containsExactly("triage-complaint", "triage-service-request", "triage-signpost", "triage-not-a-complaint");
		assertThat(triage.classification("triage-complaint")).map(Triage.Classification::allocateWith)
			.contains("allocate");
	}

	@Test
	void triagesAndAllocatesInOneWriteRecordingBothInTheHistory() {
		String reference = this.casework.contact("Missed bins on Mill Lane", null);
		FeedbackCase triaged = TenantContext.callAs(this.casework.tenant(),
				() -> this.actions.triage(new TriageCase(new CaseReference(reference), "triage-complaint",
						this.json.valueToTree(Map.of("service", "corporate")),
						this.json.valueToTree(Map.of("officer", CaseworkFixture.OFFICER)), 0L, null)));
		assertThat(triaged.current().state()).isEqualTo("with-complaints-team");
		assertThat(triaged.current().officer()).isEqualTo(CaseworkFixture.OFFICER);
		assertThat(triaged.history()).extracting(HistoryEntry::action)
			.containsExactly("log", "triage-complaint", "allocate");
		FeedbackCase stored = this.casework.read(reference);
		assertThat(stored.version()).as("both entries written by the one update from version 0").isEqualTo(2);
		assertThat(stored.history()).hasSize(3);
	}

	@Test
	void anAllocationRefusedLeavesTheCaseUntriagedWithTheProblemAtTheAllocation() {
		String reference = this.casework.contact("Missed bins on Mill Lane", null);
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> TenantContext.runAs(this.casework.tenant(),
				() -> this.actions.triage(new TriageCase(new CaseReference(reference), "triage-complaint",
						this.json.valueToTree(Map.of("service", "corporate")),
						this.json.valueToTree(Map.of("officer", "")), 0L, null))))
			.satisfies(refused -> {
				assertThat(refused.kind()).isEqualTo(Refusal.Kind.RULES_BROKEN);
				assertThat(refused.violations()).extracting(violation -> violation.pointer())
					.containsExactly("/allocation/officer");
			});
		FeedbackCase untouched = this.casework.read(reference);
		assertThat(untouched.version()).isZero();
		assertThat(untouched.current().state()).isEqualTo("unallocated");
	}

	@Test
	void anActionTheWorkflowDoesNotDeclareAsAClassificationIsNotTriage() {
		String reference = this.casework.contact("Missed bins on Mill Lane", null);
		assertThatExceptionOfType(Refusal.class)
			.isThrownBy(() -> TenantContext.runAs(this.casework.tenant(),
					() -> this.actions.triage(new TriageCase(new CaseReference(reference), "close-other",
							this.json.valueToTree(Map.of("reason", "duplicate")), null, 0L, null))))
			.satisfies(refused -> assertThat(refused.violations()).extracting(violation -> violation.code())
				.containsExactly("triage.not-a-classification"));
		assertThat(this.casework.read(reference).version()).isZero();
	}

}
