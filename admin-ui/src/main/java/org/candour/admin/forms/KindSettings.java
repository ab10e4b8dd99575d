package org.candour.admin.forms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.candour.definition.editing.Settings;

/**
 * What a question's kind allows, as the question page posts it and checks it in plain
 * words: a number's smallest and largest answer and whether it must be whole, which dates
 * a date may be, which types of file, how many and how large. The character limit of text
 * is {@link QuestionFields}' own.
 */
final class KindSettings {

	static final List<KindChoice> DATES = List.of(new KindChoice("any", "Any date"),
			new KindChoice("past", "Today or in the past"), new KindChoice("future", "Today or in the future"));

	private static final Set<String> RULED_DATES = Set.of("past", "future");

	private static final BigDecimal KB_PER_MB = BigDecimal.valueOf(1024);

	private KindSettings() {
	}

	/** What must be put right in the kind's settings before the question can be saved. */
	static List<FieldProblem> problems(String kind, QuestionFields fields, FileLimits files) {
		List<FieldProblem> problems = new ArrayList<>();
		if ("number".equals(kind)) {
			BigDecimal minimum = decimal(fields.minimum());
			BigDecimal maximum = decimal(fields.maximum());
			if (!blank(fields.minimum()) && minimum == null) {
				problems.add(new FieldProblem("minimum", "Enter the minimum as a number, like 0"));
			}
			else if (minimum != null && fields.isWholeNumber() && !whole(minimum)) {
				problems.add(new FieldProblem("minimum", "Enter the minimum as a whole number, like 0"));
			}
			if (!blank(fields.maximum()) && maximum == null) {
				problems.add(new FieldProblem("maximum", "Enter the maximum as a number, like 100"));
			}
			else if (maximum != null && fields.isWholeNumber() && !whole(maximum)) {
				problems.add(new FieldProblem("maximum", "Enter the maximum as a whole number, like 100"));
			}
			else if (minimum != null && maximum != null && maximum.compareTo(minimum) <= 0) {
				problems.add(new FieldProblem("maximum", "The maximum must be more than the minimum"));
			}
		}
		if ("date".equals(kind) && !blank(fields.dates()) && !"any".equals(fields.dates())
				&& !RULED_DATES.contains(fields.dates())) {
			problems.add(new FieldProblem("dates", "Select which dates residents may give"));
		}
		if ("file".equals(kind)) {
			if (fields.acceptedTypes().stream().anyMatch(type -> !files.known(type))) {
				problems.add(new FieldProblem("accept", "Select the types of file from the list"));
			}
			Integer count = whole(fields.maxFiles());
			if (!blank(fields.maxFiles()) && (count == null || count < 1 || count > files.maxFiles())) {
				problems.add(new FieldProblem("maxFiles",
						"Enter the number of files as a whole number from 1 to " + files.maxFiles()));
			}
			Integer kb = kilobytes(fields.maxFileSizeMb());
			if (!blank(fields.maxFileSizeMb()) && (kb == null || kb < 1 || kb > files.maxSizeKb())) {
				problems.add(new FieldProblem("maxFileSizeMb", "Enter the largest file size in MB as a number up to "
						+ megabytes((int) files.maxSizeKb()) + ", like 2"));
			}
		}
		return problems;
	}

	/**
	 * {@code before} with the kind's settings as posted (checked by {@link #problems}).
	 */
	static Settings settings(String kind, QuestionFields fields, Settings before) {
		switch (kind) {
			case "number":
				return new Settings(before.maxLength(), decimal(fields.minimum()), decimal(fields.maximum()),
						fields.isWholeNumber(), before.dates(), before.accept(), before.maxFiles(),
						before.maxFileSizeKb());
			case "date":
				return new Settings(before.maxLength(), before.minimum(), before.maximum(), before.wholeNumber(),
						RULED_DATES.contains(fields.dates()) ? fields.dates() : null, before.accept(),
						before.maxFiles(), before.maxFileSizeKb());
			case "file":
				return new Settings(before.maxLength(), before.minimum(), before.maximum(), before.wholeNumber(),
						before.dates(), fields.acceptedTypes(), whole(fields.maxFiles()), size(fields, before));
			default:
				return before;
		}
	}

	/**
	 * The largest file in kilobytes as posted; as it was when the MB shown are unchanged.
	 */
	private static Integer size(QuestionFields fields, Settings before) {
		String posted = (fields.maxFileSizeMb() == null) ? "" : fields.maxFileSizeMb().trim();
		return (before.maxFileSizeKb() != null && posted.equals(megabytes(before.maxFileSizeKb())))
				? before.maxFileSizeKb() : kilobytes(posted);
	}

	static String text(BigDecimal number) {
		return (number == null) ? "" : number.stripTrailingZeros().toPlainString();
	}

	static String text(Integer number) {
		return (number == null) ? "" : number.toString();
	}

	/** Kilobytes as megabytes in words, e.g. 5120 as {@code 5}, 512 as {@code 0.5}. */
	static String megabytes(Integer kilobytes) {
		if (kilobytes == null) {
			return "";
		}
		return BigDecimal.valueOf(kilobytes)
			.divide(KB_PER_MB, 2, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

	private static Integer kilobytes(String megabytes) {
		BigDecimal size = decimal(megabytes);
		if (size == null || size.signum() <= 0 || size.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
			return null;
		}
		return size.multiply(KB_PER_MB).setScale(0, RoundingMode.HALF_UP).intValueExact();
	}

	private static BigDecimal decimal(String value) {
		if (blank(value)) {
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(value.trim().replace(",", ""));
			return (number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) ? null : number;
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private static Integer whole(String value) {
		BigDecimal number = decimal(value);
		if (number == null || !whole(number) || number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
			return null;
		}
		return number.intValueExact();
	}

	private static boolean whole(BigDecimal number) {
		return number.stripTrailingZeros().scale() <= 0;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
