package org.candour.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.candour.api.Refusal;
import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;
import org.candour.definition.model.ReportDefinition;
import org.candour.tenancy.TenantContext;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Report runs of the current tenant: starts one as a Spring Batch job (in the background
 * unless configured otherwise), reads its history and result, restarts one that stopped,
 * publishes a finished one as an immutable snapshot.
 */
@Service
public class ReportRuns {

	/** How many runs a history shows at most. */
	public static final int HISTORY_LIMIT = 200;

	private final ActiveConfigurations configurations;

	private final ReportRunStore store;

	private final JobOperator operator;

	private final JobRepository jobs;

	private final Job job;

	private final JsonMapper json;

	private final Clock clock;

	private final ReportAccess access;

	ReportRuns(ActiveConfigurations configurations, ReportRunStore store, JobOperator reportJobOperator,
			JobRepository reportJobRepository, Job reportRunJob, JsonMapper json, Optional<Clock> clock,
			ReportAccess access) {
		this.access = access;
		this.configurations = configurations;
		this.store = store;
		this.operator = reportJobOperator;
		this.jobs = reportJobRepository;
		this.job = reportRunJob;
		this.json = json;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * What to run.
	 *
	 * @param from first day of the period, or {@code null} for no start
	 * @param to last day of the period, or {@code null} for no end
	 * @param structure {@code at-the-time} or {@code current}; {@code null} for the
	 * report's own (today's structure when a dimension asks for it)
	 * @param allTime with no from and no to: all time, rather than the report's own
	 * period
	 */
	public record Request(LocalDate from, LocalDate to, String structure, boolean allTime) {

		public Request(LocalDate from, LocalDate to, String structure) {
			this(from, to, structure, false);
		}

		Request withStructure(String structure) {
			return new Request(this.from, this.to, structure, true);
		}

	}

	/** Starts a run of a report of the active configuration version. */
	public ReportRun start(String reportId, Request request, String requestedBy) {
		ConfigVersion version = this.configurations.require();
		ReportDefinition report = version.model().reports().get(reportId);
		if (report == null) {
			throw Refusal.notFound("No report '" + reportId + "' in the active configuration");
		}
		this.access.require(report);
		String structure = (request.structure() == null) ? RunParameters.defaultStructure(report) : request.structure();
		if (!RunParameters.AT_THE_TIME.equals(structure) && !RunParameters.CURRENT.equals(structure)) {
			throw Refusal.malformed("/structure", "report.structure-unknown",
					"Structure must be \"at-the-time\" or \"current\"");
		}
		if (request.from() != null && request.to() != null && request.to().isBefore(request.from())) {
			throw Refusal.malformed("/period/to", "report.period-reversed",
					"The period must end on or after the day it starts");
		}
		Instant now = this.clock.instant();
		if (request.from() == null && request.to() == null && !request.allTime()) {
			LocalDate today = LocalDate.ofInstant(now, RunScope.zone(version));
			request = defaultRequest(report, today).map(period -> period.withStructure(structure))
				.orElseThrow(() -> Refusal.malformed("/period", "report.period-required",
						"Choose the period: this report's period is chosen when it is run"));
		}
		RunParameters run = new RunParameters(UUID.randomUUID().toString(), TenantContext.require().value(), reportId,
				version.number(), request.from(), request.to(), structure, now);
		this.store.create(new ReportRun(run.runId(), reportId, version.number(), run.asResultParameters(),
				ReportRun.QUEUED, requestedBy, now, null, null, null, null, null, null, false));
		try {
			this.operator.start(this.job, run.toJobParameters());
		}
		catch (Exception ex) {
			this.store.failed(run.runId(), ex.getMessage(), now, 0);
		}
		return require(run.runId());
	}

	/**
	 * A run over the report's own period that contains the given day (the financial year,
	 * quarter, month… of its definition; all time when it has none); empty when the
	 * definition leaves the period to the person running it ({@code custom}).
	 */
	public Optional<Request> defaultRequest(ReportDefinition report, LocalDate day) {
		return ReportPeriods.defaultFor(report.period(), day).map(range -> new Request(range.from(), range.to(), null));
	}

	/** A run (refused, 403, to a caller who may not read its report). */
	public Optional<ReportRun> find(String runId) {
		Optional<ReportRun> run = this.store.find(runId);
		run.ifPresent(found -> this.access.require(found.reportId(), found.configVersion()));
		return run;
	}

	public ReportRun require(String runId) {
		return find(runId).orElseThrow(() -> Refusal.notFound("No report run " + runId));
	}

	/** A finished run's result; empty while it runs or if it failed. */
	public Optional<ReportResult> result(String runId) {
		find(runId);
		return this.store.result(runId).map(text -> this.json.readValue(text, ReportResult.class));
	}

	/** Runs newest first, of one report or (with {@code null}) of all. */
	public List<ReportRun> history(String reportId) {
		return this.store.history(reportId, HISTORY_LIMIT)
			.stream()
			.filter(run -> this.access.mayRead(run.reportId(), run.configVersion()))
			.toList();
	}

	/**
	 * Restarts a run that failed or was left running by a crash: the partitions already
	 * counted are not counted again, and the result is the one an uninterrupted run
	 * gives.
	 */
	public ReportRun restart(String runId) {
		ReportRun run = require(runId);
		if (run.done()) {
			return run;
		}
		RunParameters parameters = new RunParameters(runId, TenantContext.require().value(), run.reportId(),
				run.configVersion(), run.parameters().from(), run.parameters().to(), run.parameters().structure(),
				run.requestedAt());
		try {
			JobExecution execution = this.store.jobExecutionId(runId)
				.map(this.jobs::getJobExecution)
				.orElseGet(() -> this.jobs.getLastJobExecution(ReportBatchConfiguration.RUN_JOB,
						parameters.toJobParameters()));
			if (execution == null) {
				// queued, and its instance stopped before the job was created
				this.operator.start(this.job, parameters.toJobParameters());
				return require(runId);
			}
			if (execution.isRunning() || execution.getStatus().isRunning()) {
				abandoned(execution);
			}
			this.operator.restart(execution);
		}
		catch (Exception ex) {
			this.store.failed(runId, ex.getMessage(), this.clock.instant(), 0);
		}
		return require(runId);
	}

	/**
	 * Records that an execution left running by an instance that died has failed, so that
	 * it can be restarted (its finished partitions stay finished).
	 */
	private void abandoned(JobExecution execution) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStatus().isRunning()) {
				step.setStatus(BatchStatus.FAILED);
				step.setExitStatus(ExitStatus.FAILED);
				step.setEndTime(now);
				this.jobs.update(step);
			}
		}
		execution.setStatus(BatchStatus.FAILED);
		execution.setExitStatus(ExitStatus.FAILED.addExitDescription("Left running by an instance that stopped"));
		execution.setEndTime(now);
		this.jobs.update(execution);
	}

	/** Publishes a finished run; publishing it again changes nothing. */
	public PublishedReport publish(String runId, String publishedBy) {
		ReportRun run = require(runId);
		String result = this.store.result(runId)
			.orElseThrow(() -> Refusal.stale("Run " + runId + " has not finished; only a finished run is published",
					java.util.Map.of("status", run.status())));
		this.store.publish(run, result, publishedBy, this.clock.instant());
		return publishedRun(runId).orElseThrow();
	}

	/** A report's published snapshots, newest first. */
	public List<PublishedReport> published(String reportId) {
		return this.store.snapshots(reportId)
			.stream()
			.map(ReportRuns::published)
			.filter(snapshot -> this.access.mayRead(snapshot.reportId(), snapshot.configVersion()))
			.toList();
	}

	public Optional<PublishedReport> publishedRun(String runId) {
		Optional<PublishedReport> snapshot = this.store.snapshot(runId).map(ReportRuns::published);
		snapshot.ifPresent(found -> this.access.require(found.reportId(), found.configVersion()));
		return snapshot;
	}

	/** A published snapshot's result, exactly as published. */
	public Optional<ReportResult> publishedResult(String runId) {
		publishedRun(runId);
		return this.store.snapshot(runId)
			.map(snapshot -> this.json.readValue(snapshot.getString("result"), ReportResult.class));
	}

	private static PublishedReport published(Document snapshot) {
		String from = snapshot.getString("from");
		String to = snapshot.getString("to");
		return new PublishedReport(snapshot.getString("_id"), snapshot.getString("reportId"),
				new ReportResult.Parameters((from == null) ? null : LocalDate.parse(from),
						(to == null) ? null : LocalDate.parse(to), snapshot.getString("structure")),
				snapshot.get("configVersion", Number.class).intValue(), snapshot.getString("contentHash"),
				snapshot.getString("publishedBy"), snapshot.getDate("publishedAt").toInstant());
	}

}
