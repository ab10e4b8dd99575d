package org.candour.qa;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a case came to be sampled: line-manager sampling of an officer's open cases,
 * central sampling of closed cases, or a thematic review.
 */
public enum SampleKind {

	LINE_MANAGER("line-manager"), CENTRAL("central"), THEMATIC("thematic");

	private final String code;

	SampleKind(String code) {
		this.code = code;
	}

	@com.fasterxml.jackson.annotation.JsonValue
	public String code() {
		return this.code;
	}

	public static Optional<SampleKind> of(String code) {
		return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
	}

}
