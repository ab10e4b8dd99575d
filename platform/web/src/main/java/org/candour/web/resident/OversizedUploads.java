package org.candour.web.resident;

import java.util.Map;
import java.util.regex.Pattern;

import org.candour.web.OversizedPosts;

import org.springframework.stereotype.Component;

/**
 * A resident's form page posted with a file larger than the server accepts at all: back
 * to the page, to be told in plain words how large a file may be.
 */
@Component
class OversizedUploads extends OversizedPosts {

	OversizedUploads() {
		super(Pattern.compile("(/t/[^/]+/feedback/[^/]+/page/\\d+)(/upload|/remove)?"));
	}

	@Override
	protected Map<String, Object> refusal() {
		return Map.of(ResidentUploads.TOO_LARGE, true);
	}

}
