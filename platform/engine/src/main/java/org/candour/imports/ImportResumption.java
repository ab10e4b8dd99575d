package org.candour.imports;

import java.time.Clock;
import java.util.Optional;

import org.candour.config.ActiveConfigurations;
import org.candour.tenancy.ActiveTenants;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Carries on the imports a stop of the server interrupted: when the server is ready, in a
 * thread of its own, each tenant's unfinished imports continue from the row after the
 * last they recorded, reading the file they kept; dry runs a stop interrupted end as
 * failed, saying so.
 */
@Component
class ImportResumption {

	private final ActiveTenants tenants;

	private final ImportRuns runs;

	private final ImportFiles files;

	private final ImportMappings mappings;

	private final ImportExecution execution;

	private final Clock clock;

	ImportResumption(ActiveTenants tenants, ImportRuns runs, ImportFiles files, ImportMappings mappings,
			ImportExecution execution, Optional<Clock> clock) {
		this.tenants = tenants;
		this.runs = runs;
		this.files = files;
		this.mappings = mappings;
		this.execution = execution;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		Thread thread = new Thread(() -> this.tenants.each("Import resumption", this::resumeUnfinished),
				"import-resumption");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Finishes the current tenant's unfinished imports, and ends its interrupted dry runs
	 * as failed (their file was not kept).
	 */
	void resumeUnfinished() {
		for (ImportRun run : this.runs.unfinished()) {
			if (run.dryRun()) {
				this.runs.abandon(run.id(),
						new ImportProblem(run.rowsDone() + 1, null,
								"The check was stopped by a restart of the server after row " + run.rowsDone()
										+ ": run it again"),
						this.clock.instant());
				continue;
			}
			this.mappings.find(run.mappingId())
				.ifPresent(mapping -> this.execution.execute(run, mapping, this.files.read(run.id())));
		}
	}

}
