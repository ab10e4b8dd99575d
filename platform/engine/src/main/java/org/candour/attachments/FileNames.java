package org.candour.attachments;

/**
 * File names as people gave them, made safe to store and to send back in a
 * {@code Content-Disposition}: no folders, no control characters, at most 200 characters.
 */
final class FileNames {

	private static final int LONGEST = 200;

	private FileNames() {
	}

	static String safe(String given) {
		String name = given == null ? "" : given;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder kept = new StringBuilder();
		name.codePoints()
			.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
			.forEach(kept::appendCodePoint);
		String trimmed = kept.toString().strip();
		while (trimmed.startsWith(".")) {
			trimmed = trimmed.substring(1);
		}
		if (trimmed.isBlank()) {
			return "file";
		}
		return trimmed.length() <= LONGEST ? trimmed : trimmed.substring(0, LONGEST);
	}

}
