package org.candour.attachments;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.candour.api.Actors;
import org.candour.api.Refusal;
import org.candour.cases.CaseLookup;
import org.candour.cases.CaseNotes;
import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;
import org.candour.cases.FileDigest;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * The files of a case, for staff: list, download, add. Only cases the caller may see are
 * reachable (an investigator's org units); a case's files include a resident's that its
 * data names even before settling has linked them. Each file staff add is noted in the
 * case's history with its content hash (or removed again when that fails).
 */
@Service
public class CaseAttachments {

	static final String NOTE = "attachment-added";

	private final AttachmentStore store;

	private final CaseLookup cases;

	private final CaseNotes notes;

	private final UploadPolicies policies;

	private final Actors actors;

	CaseAttachments(AttachmentStore store, CaseLookup cases, CaseNotes notes, UploadPolicies policies, Actors actors) {
		this.store = store;
		this.cases = cases;
		this.notes = notes;
		this.policies = policies;
		this.actors = actors;
	}

	/** The case's files, oldest first. */
	public List<Attachment> list(CaseReference reference) {
		return filesOf(this.cases.visible(reference));
	}

	/** The files of a case the caller has already been allowed to see, oldest first. */
	public List<Attachment> list(FeedbackCase visible) {
		return filesOf(visible);
	}

	/**
	 * Adds a file to a case the caller may see, within the platform's limits.
	 * @throws UploadRefused when the file is refused; nothing is stored then
	 */
	public Attachment add(CaseReference reference, Upload upload) {
		FeedbackCase feedbackCase = this.cases.visible(reference);
		UploadPolicy policy = this.policies.forCase();
		if (filesOf(feedbackCase).size() >= policy.maxFiles()) {
			throw new UploadRefused(UploadRefused.Reason.TOO_MANY, policy);
		}
		AttachmentStore.Checked checked = this.store.check(upload, policy);
		Attachment added = this.store.store(upload, checked, new Document(Attachment.CASE, reference.value()),
				this.actors.current().name());
		if (!this.notes.noteFile(reference, NOTE, added.fileName() + " (" + added.contentType() + ", " + added.size()
				+ " bytes, SHA-256 " + added.sha256() + ")", new FileDigest(added.id(), added.sha256()))) {
			this.store.delete(added.id());
			throw Refusal.stale("The case is changing too often to add a file; try again", Map.of());
		}
		return added;
	}

	/**
	 * Why a file would be refused on a case within the platform's limits, in plain words;
	 * empty when it would be kept. Nothing is stored.
	 */
	public Optional<String> refusal(Upload upload) {
		try {
			this.store.check(upload, this.policies.forCase());
			return Optional.empty();
		}
		catch (UploadRefused refused) {
			return Optional.of(refused.getMessage());
		}
	}

	/**
	 * Adds a file as {@link #add} does, unless the case already holds one of the same
	 * name and content: a retried delivery adds nothing.
	 */
	public Attachment addOnce(CaseReference reference, Upload upload) {
		FeedbackCase feedbackCase = this.cases.visible(reference);
		AttachmentStore.Checked checked = this.store.check(upload, this.policies.forCase());
		return filesOf(feedbackCase).stream()
			.filter(file -> file.fileName().equals(checked.fileName()) && file.sha256().equals(checked.sha256()))
			.findFirst()
			.orElseGet(() -> add(reference, upload));
	}

	/** One file of a case the caller may see, with its content; 404 otherwise. */
	public Download open(CaseReference reference, String id) {
		FeedbackCase feedbackCase = this.cases.visible(reference);
		Attachment attachment = filesOf(feedbackCase).stream()
			.filter(file -> file.id().equals(id))
			.findFirst()
			.orElseThrow(() -> Refusal.notFound("No file " + id + " on case " + reference));
		InputStream content = this.store.open(new ObjectId(id), new Document())
			.orElseThrow(() -> Refusal.notFound("No file " + id + " on case " + reference));
		return new Download(attachment, content);
	}

	private List<Attachment> filesOf(FeedbackCase feedbackCase) {
		return this.store.ofCase(feedbackCase);
	}

	/** A file and its content, to be closed once sent. */
	public record Download(Attachment attachment, InputStream content) {

		/**
		 * The file as an HTTP answer: always an attachment (never shown inline), with the
		 * type its content showed and {@code nosniff}.
		 */
		public ResponseEntity<InputStreamResource> asResponse() {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(this.attachment.contentType()))
				.contentLength(this.attachment.size())
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename(this.attachment.fileName(), StandardCharsets.UTF_8)
							.build()
							.toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(new InputStreamResource(this.content));
		}

	}

}
