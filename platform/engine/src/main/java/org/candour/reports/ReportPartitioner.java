package org.candour.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.definition.model.ReportDefinition;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Splits a big run's cases by feedback type when its report counts several (each
 * partition counts one type, and a restart recounts only the partitions that did not
 * finish). A run of fewer cases than {@code candour.reports.partition-above} (50,000) is
 * one partition: each partition repeats the report's aggregations, which costs more than
 * it saves on a small run.
 */
@Component
@StepScope
class ReportPartitioner implements Partitioner {

	static final String TYPES = "feedbackTypes";

	static final String ALL = "all";

	private final RunScope scope;

	private final ReportRunner runner;

	private final RunParameters run;

	private final long partitionAbove;

	ReportPartitioner(RunScope scope, ReportRunner runner, @Value("#{stepExecution}") StepExecution step,
			@Value("${candour.reports.partition-above:50000}") long partitionAbove) {
		this.scope = scope;
		this.runner = runner;
		this.run = RunParameters.of(step.getJobParameters());
		this.partitionAbove = partitionAbove;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		ReportDefinition report = this.scope.inTenant(this.run, () -> this.scope.definition(this.run));
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		List<String> types = report.feedbackTypes().stream().sorted().toList();
		if (types.size() < 2 || this.scope.inTenant(this.run,
				() -> this.runner.caseCount(report, this.scope.runnerRun(this.run))) < this.partitionAbove) {
			partitions.put(ALL, context(""));
		}
		else {
			types.forEach(type -> partitions.put(type, context(type)));
		}
		return partitions;
	}

	private static ExecutionContext context(String types) {
		ExecutionContext context = new ExecutionContext();
		context.putString(TYPES, types);
		return context;
	}

}
