package org.candour.reports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.ConfigFixtures;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled report runs: a report's cron slot (in the tenant's time zone) starts one run
 * however often and on however many instances the schedule ticks; a run left running by
 * an instance that died is restarted by the next tick and finishes.
 */
@CandourIntegrationTest
class ScheduledReportsIntegrationTests {

	private static final String REPORT = """
			{"kind": "report", "id": "monthly", "title": "Monthly", "spec": {
			 "schedule": "0 6 1 * *", "outputs": ["pdf"],
			 "measures": [{"id": "received", "label": "Received", "type": "count"}]}}""";

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	JsonMapper json;

	@Autowired
	ReportScheduleJob schedule;

	@Autowired
	ReportRuns runs;

	@Autowired
	ReportRunStore store;

	@Autowired
	InterruptedRuns interruptions;

	@Autowired
	JobRepository jobs;

	String tenant;

	@BeforeEach
	void tenantWithAScheduledReport() {
		this.clock.set("2026-05-20T10:00:00Z");
		List<ObjectNode> documents = ConfigFixtures.documents("minimal");
		documents.add((ObjectNode) this.json.readTree(REPORT));
		this.tenant = this.testTenants.withConfiguration("Scheduled reports", documents);
		new CaseApi(this.api, this.tenant).logged(Map.of("feedbackType", "complaint", "channel", "web", "orgUnit",
				"adult-care", "data", Map.of("summary", "Bins")));
	}

	@Test
	void eachSlotStartsOneRunInTheTenantsTimeZoneHoweverOftenTheScheduleTicks() {
		this.clock.set("2026-06-01T04:59:00Z");
		this.schedule.tick();
		assertThat(runs()).as("06:00 London time is 05:00 UTC in June").isEmpty();

		this.clock.set("2026-06-01T05:00:20Z");
		this.schedule.tick();
		this.schedule.tick();
		this.clock.set("2026-06-01T05:03:00Z");
		this.schedule.tick();
		List<ReportRun> june = runs();

		assertThat(june).hasSize(1);
		assertThat(june.get(0).error()).isNull();
		assertThat(june.get(0).requestedBy()).isEqualTo("schedule");
		assertThat(june.get(0).status()).isEqualTo(ReportRun.COMPLETED);
		assertThat(june.get(0).rowCount()).isEqualTo(1);
		ReportResult result = inTenant(() -> this.runs.result(june.get(0).runId()).orElseThrow());
		assertThat(result.offers("pdf")).isTrue();
		assertThat(result.offers("csv")).as("only the formats the definition lists").isFalse();
		this.clock.set("2026-07-01T05:00:05Z");
		this.schedule.tick();
		assertThat(runs()).hasSize(2);
	}

	@Test
	void aSlotBeforeTheReportWasPublishedIsNotCaughtUpButOneMissedSinceIs() {
		// published on 3 June, two days after the slot of 1 June: that slot is not run
		this.clock.set("2026-06-03T08:00:00Z");
		List<ObjectNode> documents = ConfigFixtures.documents("minimal");
		documents.add((ObjectNode) this.json.readTree(REPORT));
		this.tenant = this.testTenants.withConfiguration("Published after the slot", documents);
		this.clock.set("2026-06-03T09:00:00Z");
		this.schedule.tick();
		assertThat(runs()).isEmpty();

		// no instance ran at 06:00 on 1 July: the first tick after catches the slot up
		// once
		this.clock.set("2026-07-03T09:00:00Z");
		this.schedule.tick();
		this.clock.set("2026-07-03T09:01:00Z");
		this.schedule.tick();
		assertThat(runs()).hasSize(1);
	}

	@Test
	void aRunLeftRunningByAnInstanceThatDiedIsRestartedByTheNextTick() {
		this.interruptions.interruptAfterCounting(ReportPartitioner.ALL);
		String runId = inTenant(() -> this.runs.start("monthly", new ReportRuns.Request(null, null, null), "someone"))
			.runId();
		Instant died = Instant.parse("2026-05-20T10:00:00Z");
		inTenant(() -> {
			long execution = this.store.jobExecutionId(runId).orElseThrow();
			JobExecution left = this.jobs.getJobExecution(execution);
			left.setStatus(BatchStatus.STARTED);
			left.setEndTime(null);
			this.jobs.update(left);
			this.store.started(runId, execution, died);
			return null;
		});

		this.clock.set("2026-05-20T10:05:00Z");
		this.schedule.tick();
		assertThat(inTenant(() -> this.runs.require(runId)).status()).as("not stalled yet").isEqualTo("running");
		this.clock.set("2026-05-20T10:16:00Z");
		this.schedule.tick();

		ReportRun restarted = inTenant(() -> this.runs.require(runId));
		assertThat(restarted.status()).as(String.valueOf(restarted.error())).isEqualTo(ReportRun.COMPLETED);
		assertThat(restarted.rowCount()).isEqualTo(1);
	}

	@Test
	void aRunStillQueuedWhenItsInstanceStoppedIsStartedByTheNextTickOnceStale() {
		String runId = UUID.randomUUID().toString();
		inTenant(() -> {
			this.store.create(new ReportRun(runId, "monthly", 1, new ReportResult.Parameters(null, null, "at-the-time"),
					ReportRun.QUEUED, "someone", Instant.parse("2026-05-20T10:00:00Z"), null, null, null, null, null,
					null, false));
			return null;
		});

		// each minute ticks once across the platform: another test ticked at 10:16
		this.clock.set("2026-05-20T10:17:00Z");
		this.schedule.tick();

		ReportRun started = inTenant(() -> this.runs.require(runId));
		assertThat(started.status()).as(String.valueOf(started.error())).isEqualTo(ReportRun.COMPLETED);
		assertThat(started.rowCount()).isEqualTo(1);
	}

	private List<ReportRun> runs() {
		return inTenant(() -> this.runs.history("monthly"));
	}

	private <T> T inTenant(java.util.function.Supplier<T> work) {
		return TenantContext.callAs(CurrentTenant.pooled(this.tenant), work);
	}

}
