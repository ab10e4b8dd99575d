package org.candour.attachments;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import org.bson.BsonObjectId;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.candour.cases.FeedbackCase;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The current tenant's files in GridFS. The bucket is opened on the tenant-scoped
 * database, so its file entries and chunks are stamped with the tenant and no read,
 * download or delete reaches another tenant's. A file is checked in full (type by
 * content, size, SHA-256) before anything is written.
 */
@Component
class AttachmentStore {

	private static final int SNIFF = 64 * 1024;

	private final MongoTemplate mongo;

	private final Clock clock;

	AttachmentStore(MongoTemplate mongo, Optional<Clock> clock) {
		this.mongo = mongo;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Checks a file against a policy without storing anything. */
	Checked check(Upload upload, UploadPolicy policy) {
		if (upload.size() <= 0) {
			throw new UploadRefused(UploadRefused.Reason.EMPTY, policy);
		}
		if (upload.size() > policy.maxBytes()) {
			throw new UploadRefused(UploadRefused.Reason.TOO_LARGE, policy);
		}
		String name = FileNames.safe(upload.fileName());
		try (InputStream content = new BufferedInputStream(upload.content().getInputStream(), SNIFF)) {
			String type = FileTypes.detect(content, name);
			if (!policy.allows(type)) {
				throw new UploadRefused(UploadRefused.Reason.TYPE, policy);
			}
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[8192];
			long size = 0;
			for (int read = content.read(buffer); read > 0; read = content.read(buffer)) {
				sha256.update(buffer, 0, read);
				size += read;
				if (size > policy.maxBytes()) {
					throw new UploadRefused(UploadRefused.Reason.TOO_LARGE, policy);
				}
			}
			if (size == 0) {
				throw new UploadRefused(UploadRefused.Reason.EMPTY, policy);
			}
			return new Checked(name, type, size, HexFormat.of().formatHex(sha256.digest()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Stores a checked file with what links it ({@code caseReference}, or
	 * {@code uploadToken} and {@code field}).
	 */
	Attachment store(Upload upload, Checked checked, Document link, String uploadedBy) {
		Document metadata = new Document(link).append("fileName", checked.fileName())
			.append("contentType", checked.contentType())
			.append("size", checked.size())
			.append("sha256", checked.sha256())
			.append("uploadedBy", uploadedBy)
			.append(Attachment.UPLOADED_AT, Date.from(this.clock.instant()));
		ObjectId id = new ObjectId();
		try (InputStream content = upload.content().getInputStream()) {
			bucket().uploadFromStream(new BsonObjectId(id), checked.fileName(), content,
					new GridFSUploadOptions().metadata(metadata));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return find(new Document("_id", id)).get(0);
	}

	/**
	 * Files whose entry matches {@code filter} (metadata fields under {@code metadata.}).
	 */
	List<Attachment> find(Document filter) {
		List<Attachment> found = new ArrayList<>();
		bucket().find(filter)
			.sort(new Document("metadata." + Attachment.UPLOADED_AT, 1).append("_id", 1))
			.forEach(file -> found.add(Attachment.of(file)));
		return found;
	}

	/**
	 * The files of a case: those linked to it, and a resident's that its data names while
	 * they still wait for settling to link them.
	 */
	List<Attachment> ofCase(FeedbackCase feedbackCase) {
		List<Attachment> files = new ArrayList<>(
				find(new Document("metadata." + Attachment.CASE, feedbackCase.reference())));
		if (feedbackCase.idempotencyKey() != null) {
			Set<String> named = new HashSet<>(feedbackCase.current().data().findValuesAsString("id"));
			find(PendingUploads.pending(feedbackCase.idempotencyKey())).stream()
				.filter(waiting -> named.contains(waiting.id()))
				.forEach(files::add);
		}
		return files;
	}

	long count(Document filter) {
		return this.mongo.getCollection(AttachmentCollections.FILES).countDocuments(filter);
	}

	/** What the files matching {@code filter} add up to, in bytes. */
	long bytes(Document filter) {
		Document total = this.mongo.getCollection(AttachmentCollections.FILES)
			.aggregate(List.of(new Document("$match", filter),
					new Document("$group", new Document("_id", null).append("bytes", new Document("$sum", "$length")))))
			.first();
		return total == null ? 0 : ((Number) total.get("bytes")).longValue();
	}

	/** The content of a file that matches {@code filter}, if there is one. */
	Optional<InputStream> open(ObjectId id, Document filter) {
		GridFSFile file = bucket().find(new Document(filter).append("_id", id)).first();
		return file == null ? Optional.empty() : Optional.of(bucket().openDownloadStream(file.getObjectId()));
	}

	/**
	 * Links the files matching {@code filter} to a case (forgetting who sent them);
	 * returns how many changed.
	 */
	long link(Document filter, String caseReference) {
		return this.mongo.getCollection(AttachmentCollections.FILES)
			.updateMany(filter,
					new Document("$set", new Document("metadata." + Attachment.CASE, caseReference)).append("$unset",
							new Document("metadata." + Attachment.CLIENT, "")))
			.getModifiedCount();
	}

	/**
	 * The tokens of resident journeys with a file waiting since before {@code before}.
	 */
	List<String> tokensWaitingSince(Date before, int limit) {
		List<String> tokens = new ArrayList<>();
		this.mongo.getCollection(AttachmentCollections.FILES)
			.distinct("metadata." + Attachment.TOKEN,
					new Document("metadata." + Attachment.CASE, new Document("$exists", false))
						.append("metadata." + Attachment.UPLOADED_AT, new Document("$lt", before)),
					String.class)
			.forEach(token -> {
				if (token != null && tokens.size() < limit) {
					tokens.add(token);
				}
			});
		return tokens;
	}

	void delete(String id) {
		try {
			bucket().delete(new ObjectId(id));
		}
		catch (MongoGridFSException ex) {
			// already gone
		}
	}

	private GridFSBucket bucket() {
		return GridFSBuckets.create(this.mongo.getDb(), AttachmentCollections.BUCKET);
	}

	/** A file that passed its checks, not yet stored. */
	record Checked(String fileName, String contentType, long size, String sha256) {
	}

}
