package org.candour.attachments;

import java.time.Instant;
import java.util.Date;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.Document;

/**
 * A stored file and what is known about it.
 *
 * @param id its id (24 hexadecimal digits)
 * @param fileName the name it was sent with, made safe (no folders or control characters)
 * @param contentType the type its content showed, e.g. {@code application/pdf}
 * @param size its size in bytes
 * @param sha256 the SHA-256 of its content, in hexadecimal
 * @param uploadedBy who added it ({@code resident} for the public form)
 * @param uploadedAt when
 * @param caseReference the case it belongs to; null while it waits for its case
 * @param field the form question it answers, for a resident's file; else null
 */
public record Attachment(String id, String fileName, String contentType, long size, String sha256, String uploadedBy,
		Instant uploadedAt, String caseReference, String field) {

	static final String CASE = "caseReference";

	static final String TOKEN = "uploadToken";

	static final String FIELD = "field";

	/** Who sent a file waiting for its case (forgotten once it is linked). */
	static final String CLIENT = "client";

	static final String UPLOADED_AT = "uploadedAt";

	static Attachment of(GridFSFile file) {
		Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
		Date at = metadata.getDate(UPLOADED_AT);
		return new Attachment(file.getObjectId().toHexString(), metadata.getString("fileName"),
				metadata.getString("contentType"), file.getLength(), metadata.getString("sha256"),
				metadata.getString("uploadedBy"), at == null ? null : at.toInstant(), metadata.getString(CASE),
				metadata.getString(FIELD));
	}

}
