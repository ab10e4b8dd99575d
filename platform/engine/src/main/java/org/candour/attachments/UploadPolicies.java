package org.candour.attachments;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

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

	/**
	 * @param options the {@code options} of the question's UI schema control (missing
	 * node when it has none)
	 */
	public UploadPolicy forQuestion(JsonNode options) {
		List<String> allowed = new ArrayList<>();
		for (String type : this.settings.allowedTypes()) {
			for (JsonNode pattern : options.path("accept")) {
				if (FileTypes.matches(pattern.asString(""), type) && !allowed.contains(type)) {
					allowed.add(type);
				}
			}
		}
		long platformMax = this.settings.maxFileSize().toBytes();
		long formMax = options.path("maxFileSizeKb").asLong(0) * 1024;
		return new UploadPolicy(allowed.isEmpty() ? this.settings.allowedTypes() : allowed,
				options.path("maxFiles").asInt(this.settings.maxFilesPerQuestion()),
				formMax > 0 ? Math.min(formMax, platformMax) : platformMax);
	}

	/** What staff may add to a case. */
	public UploadPolicy forCase() {
		return new UploadPolicy(this.settings.allowedTypes(), this.settings.maxFilesPerCase(),
				this.settings.maxFileSize().toBytes());
	}

}
