package org.candour.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.cases.CaseImports;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CalendarDefinition;
import org.candour.definition.model.CompiledConfiguration;

import org.springframework.stereotype.Component;

/**
 * Goes through a run's rows from the one after the last it dealt with: each row is
 * mapped, checked, and (unless it is a dry run) imported, then recorded in the run with
 * one write. A row whose key an earlier row of the file had is skipped; so is one whose
 * key an earlier import brought in, unless this run did (it was interrupted between the
 * two writes), which counts it as imported.
 */
@Component
class ImportExecution {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final CaseImports cases;

	private final ImportRuns runs;

	private final ImportFiles files;

	private final ActiveConfigurations configurations;

	private final Clock clock;

	/** Rows left before a simulated crash; 0 for none. */
	private final AtomicInteger crashAfter = new AtomicInteger();

	ImportExecution(CaseImports cases, ImportRuns runs, ImportFiles files, ActiveConfigurations configurations,
			Optional<Clock> clock) {
		this.cases = cases;
		this.runs = runs;
		this.files = files;
		this.configurations = configurations;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	void execute(ImportRun run, ImportMapping mapping, byte[] content) {
		CompiledConfiguration model = this.configurations.require().model();
		ZoneId zone = model.calendar().map(CalendarDefinition::zone).orElse(UK);
		RowMapping rows = new RowMapping(mapping, model, new LegacyDates(zone), run.fileName(), run.id());
		Map<String, Integer> keys = new HashMap<>();
		try {
			LegacyTable.forFile(run.fileName()).read(new ByteArrayInputStream(content), row -> {
				String key = row.cell(mapping.keyColumn());
				Integer earlier = key == null ? null : keys.putIfAbsent(key, row.number());
				if (row.number() > run.rowsDone()) {
					Outcome outcome = earlier != null
							? new Outcome("skipped",
									List.of(new ImportProblem(row.number(), mapping.keyColumn(), "The key '" + key
											+ "' is in row " + earlier + " too: this row is skipped")))
							: deal(run, rows, row);
					crashIfDue();
					this.runs.row(run.id(), row.number(), outcome.count(), outcome.problems());
				}
			});
		}
		catch (IOException | RepeatedColumns ex) {
			this.runs.row(run.id(), run.rowsDone(), "failed",
					List.of(new ImportProblem(1, null, "The file could not be read: " + ex.getMessage())));
			finish(run, ImportRun.FAILED);
			return;
		}
		finish(run, ImportRun.FINISHED);
	}

	private Outcome deal(ImportRun run, RowMapping rows, LegacyRow row) {
		RowMapping.Mapped mapped = rows.map(row);
		if (mapped.command() == null) {
			return new Outcome("failed", mapped.problems());
		}
		if (run.dryRun()) {
			if (this.cases.imported(mapped.command().key())) {
				return new Outcome("skipped", List.of());
			}
			List<ApiError> problems = this.cases.problems(mapped.command());
			return problems.isEmpty() ? new Outcome("imported", List.of())
					: new Outcome("failed", rows.columns(row, problems));
		}
		try {
			CaseImports.Imported imported = this.cases.store(mapped.command(), run.by());
			boolean ours = imported.created() || run.id()
				.equals(imported.feedbackCase().current().meta().path("import").path("run").asString(null));
			return new Outcome(ours ? "imported" : "skipped", List.of());
		}
		catch (Refusal refusal) {
			return new Outcome("failed", rows.columns(row, refusal.violations()));
		}
		catch (RuntimeException ex) {
			// one row the case engine cannot take must not stop (and forever resume) the
			// run
			return new Outcome("failed", List
				.of(new ImportProblem(row.number(), null, "The row could not be imported: " + ex.getMessage())));
		}
	}

	private void finish(ImportRun run, String status) {
		this.runs.finish(run.id(), status, this.clock.instant());
		if (!run.dryRun()) {
			this.files.delete(run.id());
		}
	}

	/**
	 * A test hook: the next run stops as a crash would at its {@code rows}th row, in the
	 * worst place: the row's case stored, the row not yet recorded in the run.
	 */
	void crashAfter(int rows) {
		this.crashAfter.set(rows);
	}

	private void crashIfDue() {
		if (this.crashAfter.get() > 0 && this.crashAfter.decrementAndGet() == 0) {
			throw new SimulatedCrash();
		}
	}

	/** What the test hook throws. */
	static final class SimulatedCrash extends RuntimeException {

		SimulatedCrash() {
			super("Import stopped as by a crash (test hook)");
		}

	}

	private record Outcome(String count, List<ImportProblem> problems) {
	}

}
