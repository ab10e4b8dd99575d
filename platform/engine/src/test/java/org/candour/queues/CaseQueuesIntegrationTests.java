package org.candour.queues;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.cases.ClockSweep;
import org.candour.support.Api;
import org.candour.support.CaseApi;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.candour.workflow.Rag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queue counts and pages of one tenant read in one aggregation: criteria, order, paging,
 * and each row's nearest clock with its status.
 */
@CandourIntegrationTest
class CaseQueuesIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	CaseQueues queues;

	@Autowired
	ClockSweep sweep;

	@Autowired
	TenantManagement tenants;

	String tenant;

	CaseApi cases;

	@BeforeEach
	void tenant() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.tenant = this.testTenants.withConfiguration("chc-two-stage");
		this.cases = new CaseApi(this.api, this.tenant);
	}

	@Test
	void countsEveryQueueAndListsOneSortedByTheNearestDueDate() {
		String first = logged("Pothole outside the school", "web");
		this.clock.set("2026-11-19T10:00:00Z");
		String second = logged("Bins not collected", "phone");
		this.clock.set("2026-11-20T10:00:00Z");
		String third = logged("Streetlight out", "web");
		this.cases.acted(second, "acknowledge", Map.of());
		String withdrawn = logged("Withdrawn before acknowledgement", "web");
		this.cases.acted(withdrawn, "withdraw", Map.of("reason", "Sorted by phone"));

		CaseQueues.Board board = board(CaseCriteria.any(), CaseSort.DUE_FIRST, 0, 10);

		assertThat(board.counts()).containsEntry("new", 2L).containsEntry("all", 3L).containsEntry("unassigned", 3L);
		assertThat(board.total()).isEqualTo(3);
		assertThat(board.rows()).extracting(QueueRow::reference).containsExactly(first, third, second);
		QueueRow row = board.rows().get(0);
		assertThat(row.summary()).isEqualTo("Pothole outside the school");
		assertThat(row.channel()).isEqualTo("web");
		assertThat(row.orgUnit()).isEqualTo("complaints-team");
		assertThat(row.nearest().id()).isEqualTo("acknowledge");
		assertThat(row.nearest().dueDate()).isEqualTo(LocalDate.parse("2026-11-25"));
		assertThat(row.nearest().label().asString()).isNotBlank();
		assertThat(row.version()).isZero();
		assertThat(board.rows().get(2).nearest().id()).as("the acknowledged case's response clock")
			.isEqualTo("respond");
	}

	@Test
	void showsEachNearestClockAsGreenAmberOrRedToday() {
		String reference = logged("Pothole", "web");
		assertThat(nearestRag(reference)).isEqualTo(Rag.GREEN);
		this.clock.set("2026-11-24T10:00:00Z");
		assertThat(nearestRag(reference)).isEqualTo(Rag.AMBER);
		this.clock.set("2026-11-26T10:00:00Z");
		assertThat(nearestRag(reference)).isEqualTo(Rag.RED);
		TenantContext.runAs(this.tenants.get(this.tenant).asCurrent(), this.sweep::sweep);
		CaseQueues.Board breached = board(CaseCriteria.any().breached(true), CaseSort.DUE_FIRST, 0, 10);
		assertThat(breached.counts()).containsEntry("breached", 1L);
		assertThat(breached.rows()).extracting(QueueRow::reference).containsExactly(reference);
	}

	@Test
	void filtersByTypeStateUnitOfficerChannelDatesAndText() {
		String web = logged("Pothole outside the school", "web");
		this.clock.set("2026-11-20T10:00:00Z");
		String phone = logged("Bins not collected", "phone");
		this.cases.acted(phone, "acknowledge", Map.of());

		assertThat(references(CaseCriteria.any().channels(List.of("phone")))).containsExactly(phone);
		assertThat(references(CaseCriteria.any().states(List.of("acknowledged")))).containsExactly(phone);
		assertThat(references(CaseCriteria.any().feedbackTypes(List.of("complaint-stage-1")))).hasSize(2);
		assertThat(references(CaseCriteria.any().feedbackTypes(List.of("complaint-stage-2")))).isEmpty();
		assertThat(references(CaseCriteria.any().aboutOrAllocatedTo(List.of("complaints-team")))).hasSize(2);
		assertThat(references(CaseCriteria.any().aboutOrAllocatedTo(List.of("highways-team")))).isEmpty();
		assertThat(references(CaseCriteria.any().officers(List.of("someone")))).isEmpty();
		assertThat(references(CaseCriteria.any().receivedFrom(LocalDate.parse("2026-11-19")))).containsExactly(phone);
		assertThat(references(CaseCriteria.any().receivedTo(LocalDate.parse("2026-11-18")))).containsExactly(web);
		assertThat(references(CaseCriteria.any()
			.receivedFrom(LocalDate.parse("2026-11-18"))
			.receivedTo(LocalDate.parse("2026-11-20")))).hasSize(2);
		assertThat(references(CaseCriteria.any().dueBefore(LocalDate.parse("2026-11-26")))).containsExactly(web);
		assertThat(references(CaseCriteria.any().dueBy(LocalDate.parse("2026-11-25")).breached(false)))
			.containsExactly(web);
		assertThat(references(CaseCriteria.any().text("BINS"))).containsExactly(phone);
		assertThat(references(CaseCriteria.any().riskFlags(List.of("serious-failures")))).isEmpty();
		assertThat(references(CaseCriteria.any().allocatedToATeamOtherThan(List.of("complaints-team")))).isEmpty();
	}

	@Test
	void sortsByReceiptOrReferenceAndPages() {
		String first = logged("One", "web");
		this.clock.set("2026-11-19T10:00:00Z");
		String second = logged("Two", "web");
		this.clock.set("2026-11-20T10:00:00Z");
		String third = logged("Three", "web");
		this.cases.acted(third, "withdraw", Map.of("reason", "Not needed"));
		String fourth = logged("Four", "web");

		CaseSort newestFirst = new CaseSort(CaseSort.By.RECEIVED, true);
		assertThat(board(CaseCriteria.any(), newestFirst, 0, 2).rows()).extracting(QueueRow::reference)
			.containsExactly(fourth, second);
		CaseQueues.Board secondPage = board(CaseCriteria.any(), newestFirst, 1, 2);
		assertThat(secondPage.rows()).extracting(QueueRow::reference).containsExactly(first);
		assertThat(secondPage.total()).isEqualTo(3);
		assertThat(board(CaseCriteria.any(), new CaseSort(CaseSort.By.REFERENCE, true), 0, 5).rows())
			.extracting(QueueRow::reference)
			.containsExactly(fourth, second, first);
		assertThat(board(CaseCriteria.any(), new CaseSort(CaseSort.By.DUE, true), 0, 5).rows())
			.extracting(QueueRow::reference)
			.containsExactly(fourth, second, first);
	}

	@Test
	void searchFiltersTheApiByRiskFlagAndByAnyOfRepeatedValues() {
		String web = logged("Pothole", "web");
		String phone = logged("Bins", "phone");
		String letter = logged("Lights", "letter");
		assertThat(this.cases.get("?channel=web&channel=phone").body().path("content").findValuesAsString("reference"))
			.containsExactlyInAnyOrder(web, phone);
		assertThat(this.cases.get("?channel=letter").body().path("content").findValuesAsString("reference"))
			.containsExactly(letter);
		assertThat(this.cases.get("?riskFlag=serious-failures").body().path("page").path("totalElements").asInt())
			.isZero();
		assertThat(this.cases.get("?riskFlag=serious-failures&q=Pothole").status()).isEqualTo(200);
		assertThat(this.cases.get("?open=true&breached=false").body().path("page").path("totalElements").asInt())
			.isEqualTo(3);
	}

	private Rag nearestRag(String reference) {
		return board(CaseCriteria.any(), CaseSort.DUE_FIRST, 0, 10).rows()
			.stream()
			.filter(row -> row.reference().equals(reference))
			.findFirst()
			.orElseThrow()
			.nearest()
			.rag();
	}

	private List<String> references(CaseCriteria criteria) {
		return board(criteria, CaseSort.DUE_FIRST, 0, 50).rows().stream().map(QueueRow::reference).toList();
	}

	private CaseQueues.Board board(CaseCriteria listed, CaseSort sort, int page, int size) {
		Map<String, CaseCriteria> counts = new LinkedHashMap<>();
		counts.put("new", CaseCriteria.any().stateCategory("new"));
		counts.put("unassigned", CaseCriteria.any().unassigned(true));
		counts.put("breached", CaseCriteria.any().breached(true));
		counts.put("all", CaseCriteria.any());
		return TenantContext.callAs(this.tenants.get(this.tenant).asCurrent(), () -> this.queues
			.board(new CaseQueues.BoardRequest(CaseCriteria.open(), counts, listed, sort, page, size)));
	}

	private String logged(String summary, String channel) {
		return this.cases
			.logged(Map.of("feedbackType", "complaint-stage-1", "channel", channel, "data", Map.of("name", "Alex Smith",
					"service", "highways", "summary", summary, "details", "What happened, in detail.")))
			.path("reference")
			.asString();
	}

}
