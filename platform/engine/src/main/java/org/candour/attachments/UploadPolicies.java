package org.candour.attachments;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Upload policies within the platform's limits ({@code candour.attachments.*}): a form's
 * file question may narrow the allowed types ({@code accept}, wildcards such as
 * {@code image/*} allowed), the number of files ({@code maxFiles}) and their size
 * ({@code maxFileSizeKb}), never widen them.
 */
@Component
public class UploadPolicies {

	private final AttachmentSettings settings;

	UploadPolicies(AttachmentSettings settings) {
		this.settings = settings;
	}

	/** What a file question accepts: its form's wishes within the platform's limits. */
	public UploadPolicy forQuestion(FileQuestion question) {
		List<String> allowed = new ArrayList<>();
		for (String type : this.settings.allowedTypes()) {
			for (String pattern : question.accept()) {
				if (FileTypes.matches(pattern, type) && !allowed.contains(type)) {
					allowed.add(type);
				}
			}
		}
		long platformMax = this.settings.maxFileSize().toBytes();
		long formMax = question.maxFileSizeKb() * 1024;
		return new UploadPolicy(allowed.isEmpty() ? this.settings.allowedTypes() : allowed,
				question.maxFiles() != null ? question.maxFiles() : this.settings.maxFilesPerQuestion(),
				formMax > 0 ? Math.min(formMax, platformMax) : platformMax);
	}

	/** What staff may add to a case. */
	public UploadPolicy forCase() {
		return new UploadPolicy(this.settings.allowedTypes(), this.settings.maxFilesPerCase(),
				this.settings.maxFileSize().toBytes());
	}

}
