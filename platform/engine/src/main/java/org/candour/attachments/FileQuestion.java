package org.candour.attachments;

import java.util.List;

/**
 * What a form's file question asks of its files (the {@code options} of its UI schema
 * control).
 *
 * @param accept media types or patterns ({@code image/*}) it accepts; empty for any the
 * platform allows
 * @param maxFiles how many files it takes, or null for the platform's limit
 * @param maxFileSizeKb the largest file in KiB, 0 for the platform's limit
 */
public record FileQuestion(List<String> accept, Integer maxFiles, long maxFileSizeKb) {

	public FileQuestion {
		accept = (accept != null) ? List.copyOf(accept) : List.of();
	}

	/** A question that asks nothing more than the platform. */
	public static FileQuestion any() {
		return new FileQuestion(List.of(), null, 0);
	}

}
