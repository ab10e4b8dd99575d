package org.candour.reports;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Counts one partition of a run and stores its partial figures (a restart that recounts
 * it replaces them with the same).
 */
@Component
class CountPartition implements Tasklet {

	private final RunScope scope;

	private final ReportPartials partials;

	private final ReportRunStore store;

	private final ReportRunProbe probe;

	private final Clock clock;

	CountPartition(RunScope scope, ReportPartials partials, ReportRunStore store, ObjectProvider<ReportRunProbe> probe,
			Optional<Clock> clock) {
		this.scope = scope;
		this.partials = partials;
		this.store = store;
		this.probe = probe.getIfAvailable(() -> ReportRunProbe.NONE);
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
		StepExecution step = chunk.getStepContext().getStepExecution();
		RunParameters run = RunParameters.of(step.getJobParameters());
		String types = step.getExecutionContext().getString(ReportPartitioner.TYPES);
		String partition = types.isEmpty() ? ReportPartitioner.ALL : types;
		this.scope.inTenant(run, () -> {
			List<String> feedbackTypes = types.isEmpty() ? List.of() : Arrays.asList(types.split(","));
			Document partial = this.partials.count(this.scope.definition(run), this.scope.runnerRun(run),
					feedbackTypes);
			this.store.savePart(run.runId(), partition, partial);
			this.store.heartbeat(run.runId(), this.clock.instant());
			return null;
		});
		this.probe.partitionCounted(run.runId(), partition);
		return RepeatStatus.FINISHED;
	}

}
