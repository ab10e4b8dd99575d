package org.candour.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.candour.config.ConfigVersion;
import org.candour.definition.CanonicalJson;
import org.candour.definition.model.ReportDefinition;
import org.candour.definition.model.ReportSource;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Merges a run's partitions into its table and stores the immutable result: canonical
 * JSON (sorted keys) and its SHA-256, so the same figures always have the same hash.
 */
@Component
class AssembleResult implements Tasklet {

	private final RunScope scope;

	private final ReportPartials partials;

	private final ReportRunStore store;

	private final JsonMapper json;

	private final Clock clock;

	AssembleResult(RunScope scope, ReportPartials partials, ReportRunStore store, JsonMapper json,
			Optional<Clock> clock) {
		this.scope = scope;
		this.partials = partials;
		this.store = store;
		this.json = json;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
		StepExecution step = chunk.getStepContext().getStepExecution();
		RunParameters run = RunParameters.of(step.getJobParameters());
		this.scope.inTenant(run, () -> {
			ConfigVersion version = this.scope.version(run);
			ReportDefinition report = this.scope.definition(run);
			ReportTable table = this.partials.merge(report, this.store.parts(run.runId()));
			ReportResult unsigned = new ReportResult(run.runId(), run.tenant(), report.id(),
					ReportLabels.english(report.title(), report.id()),
					(report.description() == null) ? null : ReportLabels.english(report.description(), null),
					run.configVersion(), run.asResultParameters(), run.dataAsAt(), ReportLabels.columns(report),
					table.rows(), table.totals(), ReportLabels.values(report, version.model()),
					ReportLabels.layout(report), report.suppressBelow(), report.outputs(), null,
					(report.reportSource() == ReportSource.CASES) ? null : report.reportSource().id(),
					(report.population() == null) ? null : ReportLabels.english(report.population().source(), null));
			String hash = CanonicalJson.sha256(hashed(unsigned));
			ReportResult result = withHash(unsigned, hash);
			Instant now = this.clock.instant();
			Instant started = this.store.find(run.runId()).map(ReportRun::startedAt).orElse(now);
			this.store.completed(run.runId(), CanonicalJson.text(this.json.valueToTree(result)), hash,
					result.rows().size(), now, Math.max(0, Duration.between(started, now).toMillis()));
			this.store.dropParts(run.runId());
			return null;
		});
		return RepeatStatus.FINISHED;
	}

	/** Everything but the run id and the hash itself. */
	private ObjectNode hashed(ReportResult result) {
		ObjectNode node = this.json.valueToTree(result);
		node.remove("runId");
		node.remove("contentHash");
		return node;
	}

	private static ReportResult withHash(ReportResult result, String hash) {
		return new ReportResult(result.runId(), result.tenant(), result.reportId(), result.title(),
				result.description(), result.configVersion(), result.parameters(), result.dataAsAt(), result.columns(),
				result.rows(), result.totals(), result.valueLabels(), result.layout(), result.suppressBelow(),
				result.outputs(), hash, result.source(), result.populationSource());
	}

}
