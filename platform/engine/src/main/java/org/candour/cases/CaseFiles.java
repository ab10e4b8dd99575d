package org.candour.cases;

import java.util.List;
import java.util.Optional;

/**
 * The files of cases as the history chain sees them; the attachments module provides it.
 */
public interface CaseFiles {

	/**
	 * The files waiting under a resident's journey ({@code idempotencyKey}) that a new
	 * case's data names by {@code id}.
	 */
	List<FileDigest> named(String idempotencyKey, java.util.Set<String> fileIds);

	/**
	 * The files a stored case holds now, each with the SHA-256 recorded when it was
	 * stored.
	 */
	List<FileDigest> held(FeedbackCase feedbackCase);

	/**
	 * The SHA-256 of a file's content as stored now; empty when there is no such file.
	 */
	Optional<String> contentHash(String id);

	/**
	 * Deletes every file the case holds (the case is anonymised or deleted at the end of
	 * its retention period).
	 * @return how many were deleted
	 */
	int deleteAll(FeedbackCase feedbackCase);

}
