package org.candour.web.officer.casework;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.candour.attachments.Attachment;
import org.candour.attachments.CaseAttachments;
import org.candour.cases.CaseReference;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Component;

/**
 * The case screen's attachments panel: each file with its size, who added it and when, to
 * download.
 */
@Component
class AttachmentsPanel implements CasePanelSource {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final CaseAttachments attachments;

	AttachmentsPanel(CaseAttachments attachments) {
		this.attachments = attachments;
	}

	@Override
	public String panel() {
		return ATTACHMENTS;
	}

	@Override
	public List<Item> items(String reference) {
		String tenant = TenantContext.require().value();
		return this.attachments.list(new CaseReference(reference))
			.stream()
			.map(file -> new Item(file.fileName(), detail(file), CaseFileController.path(tenant, reference, file.id())))
			.toList();
	}

	private static String detail(Attachment file) {
		String added = file.uploadedAt() == null ? "" : ", " + WHEN.format(file.uploadedAt());
		return file.contentType() + ", " + kilobytes(file.size()) + ", added by " + file.uploadedBy() + added;
	}

	private static String kilobytes(long size) {
		return size < 1024 ? size + " bytes" : (size + 1023) / 1024 + " KB";
	}

}
