package org.candour.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.candour.attachments.Attachment;
import org.candour.attachments.CaseAttachments;
import org.candour.cases.CaseReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes a subject access export as one zip: {@value #JSON} (every case in full, and the
 * learning records and remedies that mention the person as {@code otherRecords}),
 * {@value #PDF} (the same, readable) and each case's files under
 * {@code attachments/{reference}/}.
 */
@Component
class ExportBundle {

	static final String JSON = "subject-access.json";

	static final String PDF = "subject-access.pdf";

	private final JsonMapper json;

	private final CaseAttachments attachments;

	ExportBundle(JsonMapper json, CaseAttachments attachments) {
		this.json = json;
		this.attachments = attachments;
	}

	byte[] zip(String exportId, String tenant, Instant at, String by, List<Dossier> dossiers,
			List<Mentions.Mention> mentions) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			Map<String, Object> content = new LinkedHashMap<>();
			content.put("export", exportId);
			content.put("tenant", tenant);
			content.put("exportedAt", at);
			content.put("exportedBy", by);
			content.put("cases", dossiers);
			content.put("otherRecords", mentions);
			entry(zip, JSON, this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(content));
			entry(zip, PDF, ExportDocument.pdf(exportId, tenant, at, by, dossiers, mentions));
			for (Dossier dossier : dossiers) {
				for (Attachment file : dossier.attachments()) {
					zip.putNextEntry(new ZipEntry("attachments/" + safe(dossier.reference()) + "/" + file.id() + "-"
							+ safe(file.fileName())));
					try (InputStream content2 = this.attachments.open(new CaseReference(dossier.reference()), file.id())
						.content()) {
						content2.transferTo(zip);
					}
					zip.closeEntry();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

	private static String safe(String name) {
		return name.replaceAll("[^A-Za-z0-9._-]", "_");
	}

}
