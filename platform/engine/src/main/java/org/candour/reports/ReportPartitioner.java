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
 * Splits a run's cases by feedback type when its report counts several (each partition
 * counts one type; a restart recounts only the partitions that did not finish); a report
 * over all types is one partition.
 */
@Component
@StepScope
class ReportPartitioner implements Partitioner {

	static final String TYPES = "feedbackTypes";

	static final String ALL = "all";

	private final RunScope scope;

	private final RunParameters run;

	ReportPartitioner(RunScope scope, @Value("#{stepExecution}") StepExecution step) {
		this.scope = scope;
		this.run = RunParameters.of(step.getJobParameters());
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		ReportDefinition report = this.scope.inTenant(this.run, () -> this.scope.definition(this.run));
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		List<String> types = report.feedbackTypes().stream().sorted().toList();
		if (types.size() < 2) {
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
