package org.candour.imports;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.config.ActiveConfigurations;

import org.springframework.stereotype.Service;

/**
 * Dry runs and imports of a file with a saved mapping. A dry run reads every row and
 * records its problems, storing no case; an import keeps the file until it finishes and
 * records its progress after each row, so {@link ImportResumption} can carry on one that
 * was interrupted. Both run in the calling thread and return the finished run.
 */
@Service
public class Imports {

	private static final int LISTED = 50;

	private final ImportMappings mappings;

	private final ImportRuns runs;

	private final ImportFiles files;

	private final ImportExecution execution;

	private final ActiveConfigurations configurations;

	private final Clock clock;

	Imports(ImportMappings mappings, ImportRuns runs, ImportFiles files, ImportExecution execution,
			ActiveConfigurations configurations, Optional<Clock> clock) {
		this.mappings = mappings;
		this.runs = runs;
		this.files = files;
		this.execution = execution;
		this.configurations = configurations;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Dry-runs or imports a file.
	 * @param by who runs it
	 * @throws Refusal when the mapping is unknown or no longer fits the configuration, or
	 * the file is neither CSV nor XLSX, cannot be read or names a column twice
	 */
	public ImportRun start(String fileName, byte[] content, String mappingId, boolean dryRun, String by) {
		if (mappingId == null || mappingId.isBlank()) {
			throw Refusal.malformed("/mappingId", "import.mapping-missing", "Choose the mapping to use");
		}
		ImportMapping mapping = this.mappings.find(mappingId)
			.orElseThrow(() -> Refusal.rulesBroken("No such mapping", List
				.of(new ApiError("/mappingId", "import.mapping-unknown", "There is no mapping '" + mappingId + "'"))));
		List<ApiError> problems = MappingCheck.problems(mapping, this.configurations.require().model());
		if (!problems.isEmpty()) {
			throw Refusal.rulesBroken("The mapping no longer fits the configuration", problems);
		}
		ExportProfile.checkHeader(fileName, content);
		ImportRun run = new ImportRun(UUID.randomUUID().toString(), mappingId, fileName, dryRun, ImportRun.RUNNING, by,
				this.clock.instant(), null, 0, 0, 0, 0, List.of());
		this.runs.create(run);
		if (!dryRun) {
			this.files.store(run.id(), content);
		}
		this.execution.execute(run, mapping, content);
		return this.runs.find(run.id()).orElseThrow();
	}

	/**
	 * What an export holds (its columns and their values), for building a mapping;
	 * nothing is stored.
	 * @throws Refusal at {@code /file} when the file is neither CSV nor XLSX or cannot be
	 * read
	 */
	public ExportProfile profile(String fileName, byte[] content) {
		return ExportProfile.read(fileName, content);
	}

	public Optional<ImportRun> run(String id) {
		return this.runs.find(id);
	}

	/** The newest runs first. */
	public List<ImportRun> newest() {
		return this.runs.newest(LISTED);
	}

}
