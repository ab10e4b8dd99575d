package org.candour.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

import org.springframework.stereotype.Component;

/** Keeps a run's history record in step with its job: running, then failed or done. */
@Component
class RunStatusListener implements JobExecutionListener {

	private final RunScope scope;

	private final ReportRunStore store;

	private final Clock clock;

	RunStatusListener(RunScope scope, ReportRunStore store, Optional<Clock> clock) {
		this.scope = scope;
		this.store = store;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	public void beforeJob(JobExecution execution) {
		RunParameters run = RunParameters.of(execution.getJobParameters());
		this.scope.inTenant(run, () -> {
			this.store.started(run.runId(), execution.getId(), this.clock.instant());
			return null;
		});
	}

	@Override
	public void afterJob(JobExecution execution) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return;
		}
		RunParameters run = RunParameters.of(execution.getJobParameters());
		String error = execution.getAllFailureExceptions()
			.stream()
			.map(failure -> failure.getClass().getSimpleName() + ": " + failure.getMessage())
			.collect(Collectors.joining("; "));
		this.scope.inTenant(run, () -> {
			Instant now = this.clock.instant();
			Instant started = this.store.find(run.runId()).map(ReportRun::startedAt).orElse(now);
			this.store.failed(run.runId(), error.isEmpty() ? execution.getStatus().toString() : error, now,
					Math.max(0, Duration.between(started, now).toMillis()));
			return null;
		});
	}

}
