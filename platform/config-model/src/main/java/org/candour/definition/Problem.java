package org.candour.definition;

/**
 * One finding about configuration.
 *
 * @param severity error (blocks publish) or warning
 * @param code stable code, e.g. {@code ref.form-missing}
 * @param document the document, as {@code kind/id} (or a file name for packs)
 * @param pointer JSON pointer inside that document
 * @param message plain-words explanation
 */
public record Problem(Severity severity, String code, String document, String pointer, String message) {

	public static Problem error(String code, String document, String pointer, String message) {
		return new Problem(Severity.ERROR, code, document, pointer, message);
	}

	public static Problem warning(String code, String document, String pointer, String message) {
		return new Problem(Severity.WARNING, code, document, pointer, message);
	}

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

}
