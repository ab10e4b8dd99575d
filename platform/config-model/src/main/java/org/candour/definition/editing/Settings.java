package org.candour.definition.editing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a question of a given kind allows; {@code null} (or empty) where it says nothing.
 *
 * @param maxLength text and long text: the character limit
 * @param minimum number: the smallest answer
 * @param maximum number: the largest answer
 * @param wholeNumber number: whole numbers only
 * @param dates date: {@code past} (today or earlier) or {@code future} (today or later)
 * @param accept file upload: accepted media types, e.g. {@code application/pdf}
 * @param maxFiles file upload: how many files
 * @param maxFileSizeKb file upload: the largest file in kilobytes
 */
public record Settings(Integer maxLength, BigDecimal minimum, BigDecimal maximum, boolean wholeNumber, String dates,
		List<String> accept, Integer maxFiles, Integer maxFileSizeKb) {

	public static final Settings NONE = new Settings(null, null, null, false, null, List.of(), null, null);

	public Settings {
		accept = (accept == null) ? List.of() : List.copyOf(accept);
		if (dates != null && !"past".equals(dates) && !"future".equals(dates)) {
			throw new IllegalArgumentException("dates is past or future, not " + dates);
		}
	}

	public static Settings maxLength(int maxLength) {
		return new Settings(maxLength, null, null, false, null, List.of(), null, null);
	}

	public static Settings range(BigDecimal minimum, BigDecimal maximum, boolean wholeNumber) {
		return new Settings(null, minimum, maximum, wholeNumber, null, List.of(), null, null);
	}

	public static Settings dates(String dates) {
		return new Settings(null, null, null, false, dates, List.of(), null, null);
	}

	public static Settings files(List<String> accept, Integer maxFiles, Integer maxFileSizeKb) {
		return new Settings(null, null, null, false, null, accept, maxFiles, maxFileSizeKb);
	}

}
