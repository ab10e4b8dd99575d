package org.candour.admin.forms;

import java.util.List;

import org.candour.attachments.AttachmentSettings;
import org.candour.attachments.UploadPolicy;

import org.springframework.stereotype.Component;

/**
 * What the platform lets a form's file question narrow ({@code candour.attachments.*}):
 * the types it accepts at all, how many files one question takes and the largest file.
 */
@Component
class FileLimits {

	private final AttachmentSettings settings;

	FileLimits(AttachmentSettings settings) {
		this.settings = settings;
	}

	/** Each type the platform accepts, as people name it (PDF, JPG…). */
	List<KindChoice> types() {
		return this.settings.allowedTypes()
			.stream()
			.map(type -> new KindChoice(type, new UploadPolicy(List.of(type), 1, 1).typeNames().get(0)))
			.toList();
	}

	/** The platform's types that {@code accept} (which may hold wildcards) allows. */
	List<String> expand(List<String> accept) {
		return this.settings.allowedTypes()
			.stream()
			.filter(type -> accept.stream()
				.anyMatch(pattern -> pattern.equals(type)
						|| (pattern.endsWith("/*") && type.startsWith(pattern.substring(0, pattern.length() - 1)))))
			.toList();
	}

	boolean known(String type) {
		return this.settings.allowedTypes().contains(type);
	}

	int maxFiles() {
		return this.settings.maxFilesPerQuestion();
	}

	/** The largest file in kilobytes. */
	long maxSizeKb() {
		return this.settings.maxFileSize().toKilobytes();
	}

}
