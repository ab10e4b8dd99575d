package org.candour.reports;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * A report run's job parameters. Only the run id identifies the job instance, so a
 * restart continues the same instance; the rest say what to count.
 */
record RunParameters(String runId, String tenant, String reportId, int configVersion, LocalDate from, LocalDate to,
		String structure, Instant dataAsAt) {

	static final String AT_THE_TIME = "at-the-time";

	static final String CURRENT = "current";

	/** The structure a run of the report counts by when the run does not say. */
	static String defaultStructure(org.candour.definition.model.ReportDefinition report) {
		return report.currentStructure() ? CURRENT : AT_THE_TIME;
	}

	JobParameters toJobParameters() {
		JobParametersBuilder builder = new JobParametersBuilder().addString("runId", this.runId, true)
			.addString("tenant", this.tenant, false)
			.addString("reportId", this.reportId, false)
			.addLong("configVersion", (long) this.configVersion, false)
			.addString("structure", this.structure, false)
			.addString("dataAsAt", this.dataAsAt.toString(), false);
		if (this.from != null) {
			builder.addString("from", this.from.toString(), false);
		}
		if (this.to != null) {
			builder.addString("to", this.to.toString(), false);
		}
		return builder.toJobParameters();
	}

	static RunParameters of(JobParameters parameters) {
		String from = parameters.getString("from");
		String to = parameters.getString("to");
		return new RunParameters(parameters.getString("runId"), parameters.getString("tenant"),
				parameters.getString("reportId"), parameters.getLong("configVersion").intValue(),
				(from == null) ? null : LocalDate.parse(from), (to == null) ? null : LocalDate.parse(to),
				parameters.getString("structure"), Instant.parse(parameters.getString("dataAsAt")));
	}

	ReportResult.Parameters asResultParameters() {
		return new ReportResult.Parameters(this.from, this.to, this.structure);
	}

}
