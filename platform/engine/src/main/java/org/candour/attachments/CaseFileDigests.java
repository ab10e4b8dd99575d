package org.candour.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.MongoGridFSException;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.candour.cases.CaseFiles;
import org.candour.cases.FeedbackCase;
import org.candour.cases.FileDigest;

import org.springframework.stereotype.Component;

/**
 * Cases' files for their history chain: the content hash recorded with each stored file
 * (computed from its bytes when it was checked), and the hash of its bytes as stored now.
 */
@Component
class CaseFileDigests implements CaseFiles {

	/**
	 * What a file whose stored chunks cannot be read back hashes to: nothing it recorded.
	 */
	static final String UNREADABLE = "unreadable";

	private final AttachmentStore store;

	CaseFileDigests(AttachmentStore store) {
		this.store = store;
	}

	@Override
	public List<FileDigest> named(String idempotencyKey, Set<String> named) {
		return this.store.find(PendingUploads.pending(idempotencyKey))
			.stream()
			.filter(waiting -> named.contains(waiting.id()))
			.map(CaseFileDigests::digest)
			.toList();
	}

	@Override
	public List<FileDigest> held(FeedbackCase feedbackCase) {
		return this.store.ofCase(feedbackCase).stream().map(CaseFileDigests::digest).toList();
	}

	@Override
	public Optional<String> contentHash(String id) {
		if (!ObjectId.isValid(id)) {
			return Optional.empty();
		}
		try {
			return this.store.open(new ObjectId(id), new Document()).map(CaseFileDigests::sha256);
		}
		catch (MongoGridFSException ex) {
			return Optional.of(UNREADABLE);
		}
	}

	@Override
	public int deleteAll(FeedbackCase feedbackCase) {
		List<Attachment> held = this.store.ofCase(feedbackCase);
		held.forEach(attachment -> this.store.delete(attachment.id()));
		return held.size();
	}

	private static FileDigest digest(Attachment attachment) {
		return new FileDigest(attachment.id(), attachment.sha256());
	}

	private static String sha256(InputStream content) {
		try (content) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[8192];
			for (int read = content.read(buffer); read > 0; read = content.read(buffer)) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
