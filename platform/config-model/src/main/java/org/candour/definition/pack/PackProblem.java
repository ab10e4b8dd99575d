package org.candour.definition.pack;

/**
 * A problem in a pack, printed as {@code file:pointer code message}.
 *
 * @param file the file, as {@code pack/file}
 * @param pointer JSON pointer in that file
 * @param code stable code
 * @param message plain words
 * @param error whether it blocks deployment
 */
public record PackProblem(String file, String pointer, String code, String message, boolean error) {

	@Override
	public String toString() {
		return this.file + ":" + this.pointer + " " + this.code + " " + this.message;
	}

}
