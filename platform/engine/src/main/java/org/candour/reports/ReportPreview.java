package org.candour.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.candour.definition.model.CalendarDefinition;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.ReportDefinition;
import org.candour.definition.model.ReportSource;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Service;

/**
 * A report definition not yet published (the administrator's draft) counted over the
 * tenant's live records now, by the same runner as a run, and returned as a result that
 * is not stored: no job, no run history, nothing published.
 */
@Service
public class ReportPreview {

	private final ReportRunner runner;

	private final Clock clock;

	ReportPreview(ReportRunner runner, Optional<Clock> clock) {
		this.runner = runner;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * The period a preview counts unless the administrator chooses another: the report's
	 * own period as its run form offers it first, else this financial year.
	 */
	public ReportPeriods.Range defaultPeriod(ReportDefinition report, CompiledConfiguration model) {
		LocalDate today = today(model);
		return ReportPeriods.defaultFor(report.period(), today)
			.orElseGet(() -> ReportPeriods.of(ReportPeriods.Preset.THIS_FINANCIAL_YEAR, today));
	}

	/**
	 * @param report the definition, compiled from the draft
	 * @param model the draft compiled (its org structure, code lists and calendar)
	 * @param from first day of the period, or {@code null}
	 * @param to last day of the period, or {@code null}
	 * @param currentStructure whether org units are remapped to today's structure
	 * ({@link RunParameters#CURRENT}) rather than counted as they were at the time
	 */
	public ReportResult preview(ReportDefinition report, CompiledConfiguration model, LocalDate from, LocalDate to,
			boolean currentStructure) {
		LocalDate today = today(model);
		ReportTable table = this.runner.run(report,
				new ReportRunner.Run(from, to, currentStructure ? today : null, model.orgStructure()));
		return new ReportResult("preview", TenantContext.require().value(), report.id(),
				ReportLabels.english(report.title(), report.id()),
				(report.description() == null) ? null : ReportLabels.english(report.description(), null), 0,
				new ReportResult.Parameters(from, to,
						currentStructure ? RunParameters.CURRENT : RunParameters.AT_THE_TIME),
				this.clock.instant(), ReportLabels.columns(report), table.rows(), table.totals(),
				ReportLabels.values(report, model), ReportLabels.layout(report), report.suppressBelow(),
				report.outputs(), null,
				(report.reportSource() == ReportSource.CASES) ? null : report.reportSource().id(),
				(report.population() == null) ? null : ReportLabels.english(report.population().source(), null));
	}

	private LocalDate today(CompiledConfiguration model) {
		ZoneId zone = model.calendar()
			.map(CalendarDefinition::zone)
			.filter(java.util.Objects::nonNull)
			.orElse(ZoneId.of("Europe/London"));
		return LocalDate.ofInstant(this.clock.instant(), zone);
	}

}
