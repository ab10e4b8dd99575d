package org.candour.qa;

import java.util.Arrays;
import java.util.Optional;

/** Who scores a sample: a line manager or a central QA reviewer. */
public enum ReviewerKind {

	MANAGER("manager"), CENTRAL("central");

	private final String code;

	ReviewerKind(String code) {
		this.code = code;
	}

	@com.fasterxml.jackson.annotation.JsonValue
	public String code() {
		return this.code;
	}

	public static Optional<ReviewerKind> of(String code) {
		return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
	}

}
