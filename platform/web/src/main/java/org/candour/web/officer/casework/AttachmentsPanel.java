package org.candour.web.officer.casework;

import java.util.List;

import org.candour.attachments.Attachment;
import org.candour.attachments.CaseAttachments;
import org.candour.cases.FeedbackCase;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Component;

/**
 * The case screen's attachments panel: each file with its size, who added it and when, to
 * download.
 */
@Component
class AttachmentsPanel implements CasePanelSource {

	private final CaseAttachments attachments;

	AttachmentsPanel(CaseAttachments attachments) {
		this.attachments = attachments;
	}

	@Override
	public String panel() {
		return ATTACHMENTS;
	}

	@Override
	public List<Item> items(FeedbackCase feedbackCase) {
		String tenant = TenantContext.require().value();
		return this.attachments.list(feedbackCase)
			.stream()
			.map(file -> new Item(file.fileName(), detail(file), file.uploadedAt(),
					CaseFileController.path(tenant, feedbackCase.reference(), file.id())))
			.toList();
	}

	private static String detail(Attachment file) {
		return file.contentType() + ", " + kilobytes(file.size()) + ", added by " + file.uploadedBy();
	}

	private static String kilobytes(long size) {
		return size < 1024 ? size + " bytes" : (size + 1023) / 1024 + " KB";
	}

}
