package org.candour.imports;

import java.time.Instant;
import java.util.List;

/**
 * An import or a dry run, and how far it has got.
 *
 * @param id its id
 * @param mappingId the mapping it used
 * @param fileName the file's name
 * @param dryRun whether it only checked (nothing stored)
 * @param status {@code running} (or interrupted: it carries on when the server starts),
 * {@code finished} or {@code failed} (the file could not be read, or a stop interrupted
 * the dry run)
 * @param by who started it
 * @param startedAt when
 * @param finishedAt when it finished; null while running
 * @param rowsDone the number of the last row dealt with (the header is row 1)
 * @param imported rows imported (in a dry run: that would be)
 * @param skipped rows whose key was imported before, or is in an earlier row
 * @param failed rows with problems, not imported
 * @param problems each problem by row and column
 */
public record ImportRun(String id, String mappingId, String fileName, boolean dryRun, String status, String by,
		Instant startedAt, Instant finishedAt, int rowsDone, int imported, int skipped, int failed,
		List<ImportProblem> problems) {

	static final String RUNNING = "running";

	static final String FINISHED = "finished";

	static final String FAILED = "failed";

	public boolean finished() {
		return !RUNNING.equals(this.status);
	}

}
