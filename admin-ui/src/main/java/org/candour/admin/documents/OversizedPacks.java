package org.candour.admin.documents;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.candour.attachments.AttachmentSettings;
import org.candour.attachments.UploadPolicy;
import org.candour.web.OversizedPosts;

import org.springframework.stereotype.Component;

/**
 * A pack zip larger than the server accepts at all
 * ({@code candour.attachments.max-file-size}) cannot be read, not even its CSRF token:
 * back to the import page, to be told on the file field how large the file may be.
 * Nothing is imported.
 */
@Component
class OversizedPacks extends OversizedPosts {

	/** The flash attribute the import page reads: the refusal in words. */
	static final String TOO_LARGE = "packTooLarge";

	private final AttachmentSettings settings;

	OversizedPacks(AttachmentSettings settings) {
		super(Pattern.compile("(/t/[^/]+/admin/documents/import)"));
		this.settings = settings;
	}

	@Override
	protected Map<String, Object> refusal() {
		String largest = new UploadPolicy(List.of(), 1, this.settings.maxFileSize().toBytes()).maxSize();
		return Map.of(TOO_LARGE, "The file must be smaller than " + largest);
	}

}
