package org.candour.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The platform-wide schedule tick, as a Spring Batch job partitioned by tenant: each
 * active tenant's partition starts its due scheduled runs and restarts its runs that
 * stalled (no sign of life for a while: the instance running them died). One job instance
 * per minute, so two instances ticking in the same minute run it once; the per-slot
 * claims keep any other overlap from starting a run twice.
 */
@Component
class ReportScheduleJob {

	private static final Logger log = LoggerFactory.getLogger(ReportScheduleJob.class);

	static final String JOB = "report-schedule";

	private static final String TENANT = "tenant";

	private final TenantManagement tenants;

	private final ScheduledReports scheduled;

	private final ReportRunStore store;

	private final ReportRuns runs;

	private final JobOperator operator;

	private final Job job;

	private final Clock clock;

	private final Duration stallAfter;

	private final boolean enabled;

	ReportScheduleJob(TenantManagement tenants, ScheduledReports scheduled, ReportRunStore store, ReportRuns runs,
			JobOperator reportJobOperator, JobRepository reportJobRepository, Optional<Clock> clock,
			@Value("${candour.reports.stall-after:PT15M}") Duration stallAfter,
			@Value("${candour.reports.scheduling:true}") boolean enabled) {
		this.tenants = tenants;
		this.scheduled = scheduled;
		this.store = store;
		this.runs = runs;
		this.operator = reportJobOperator;
		this.clock = clock.orElse(Clock.systemUTC());
		this.stallAfter = stallAfter;
		this.enabled = enabled;
		this.job = job(reportJobRepository);
	}

	@Scheduled(fixedDelayString = "${candour.reports.schedule-interval:PT1M}", initialDelayString = "PT30S")
	void scheduledTick() {
		if (this.enabled) {
			tick();
		}
	}

	/** Runs this minute's tick (once per minute, whoever calls it). */
	void tick() {
		Instant minute = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
		try {
			this.operator.start(this.job,
					new JobParametersBuilder().addString("minute", minute.toString(), true).toJobParameters());
		}
		catch (Exception ex) {
			log.debug("Schedule tick for {} already ran: {}", minute, ex.getMessage());
		}
	}

	private Job job(JobRepository repository) {
		Tasklet perTenant = (contribution, chunk) -> {
			String tenant = chunk.getStepContext().getStepExecution().getExecutionContext().getString(TENANT);
			this.tenants.find(tenant).ifPresent(found -> TenantContext.runAs(found.asCurrent(), () -> {
				this.scheduled.startDue();
				restartStalled();
			}));
			return RepeatStatus.FINISHED;
		};
		Step tenantStep = new StepBuilder("schedule-tenant", repository).tasklet(perTenant).build();
		Partitioner byTenant = gridSize -> {
			Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
			for (Tenant tenant : this.tenants.list()) {
				if (!tenant.suspended()) {
					ExecutionContext context = new ExecutionContext();
					context.putString(TENANT, tenant.id());
					partitions.put(tenant.id(), context);
				}
			}
			return partitions;
		};
		Step schedule = new StepBuilder("schedule", repository).partitioner("schedule-tenant", byTenant)
			.step(tenantStep)
			.build();
		return new JobBuilder(JOB, repository).start(schedule).build();
	}

	private void restartStalled() {
		Instant now = this.clock.instant();
		Instant before = now.minus(this.stallAfter);
		for (String runId : this.store.stalled(before)) {
			if (this.store.claimStalled(runId, before, now)) {
				log.warn("Report run {} stalled; restarting it", runId);
				this.runs.restart(runId);
			}
		}
	}

}
