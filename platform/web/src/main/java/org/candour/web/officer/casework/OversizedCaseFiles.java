package org.candour.web.officer.casework;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.candour.attachments.UploadPolicies;
import org.candour.attachments.UploadRefused;
import org.candour.web.OversizedPosts;
import org.candour.web.resident.ResidentUploads;

import org.springframework.stereotype.Component;

/**
 * A file added on the case screen that is larger than the server accepts at all: back to
 * the case screen's attachments (a GET, which shows nothing more than the screen does),
 * to be told how large a file may be.
 */
@Component
class OversizedCaseFiles extends OversizedPosts {

	private final ResidentUploads words;

	private final UploadPolicies policies;

	OversizedCaseFiles(ResidentUploads words, UploadPolicies policies) {
		super(Pattern.compile("(/t/[^/]+/cases/[^/]+)/files"));
		this.words = words;
		this.policies = policies;
	}

	@Override
	protected Map<String, Object> refusal() {
		return CaseFileController
			.refused(this.words.refusal(UploadRefused.Reason.TOO_LARGE, this.policies.forCase(), Locale.ENGLISH));
	}

	@Override
	protected String fragment() {
		return "#attachments";
	}

}
