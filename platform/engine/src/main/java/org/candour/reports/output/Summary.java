package org.candour.reports.output;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.candour.reports.ReportResult;

/** What a result describes, as label and value pairs shown above its figures. */
final class Summary {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.UK)
		.withZone(ZoneOffset.UTC);

	private static final int SHORT_HASH = 12;

	private Summary() {
	}

	/**
	 * A labelled value.
	 */
	record Item(String label, String value) {
	}

	/**
	 * The period, structure, data's instant, configuration version, content hash (the
	 * first 12 characters unless {@code fullHash}) and, when small numbers are
	 * suppressed, how (always for a source that suppresses small numbers), and where
	 * population figures come from.
	 */
	static List<Item> of(ReportResult result, Figures figures, boolean fullHash) {
		String hash = (result.contentHash() == null) ? "" : result.contentHash();
		List<Item> items = new ArrayList<>();
		items.add(new Item("Period", period(result.parameters())));
		items.add(new Item("Organisation structure", structure(result.parameters())));
		items.add(new Item("Data as at", (result.dataAsAt() == null) ? "" : INSTANT.format(result.dataAsAt())));
		items.add(new Item("Configuration version", Integer.toString(result.configVersion())));
		items.add(new Item("Content hash",
				(fullHash || hash.length() <= SHORT_HASH) ? hash : hash.substring(0, SHORT_HASH)));
		if (result.reportSource().suppressed()) {
			items.add(new Item("Small numbers",
					"Counts from 1 to 4 are shown as \u201cfewer than 5\u201d in every output; when only one count of"
							+ " a group would be, the next smallest is too"));
		}
		if (result.populationSource() != null) {
			items.add(new Item("Population figures", result.populationSource()));
		}
		if (figures.suppressBelow() != null) {
			items.add(new Item("Small numbers", "Counts from 1 to " + (figures.suppressBelow() - 1)
					+ " are shown as \u201cfewer than " + figures.suppressBelow() + "\u201d"));
		}
		return items;
	}

	private static String period(ReportResult.Parameters parameters) {
		if (parameters == null || (parameters.from() == null && parameters.to() == null)) {
			return "All dates";
		}
		if (parameters.from() == null) {
			return "Up to " + DAY.format(parameters.to());
		}
		if (parameters.to() == null) {
			return "From " + DAY.format(parameters.from());
		}
		return DAY.format(parameters.from()) + " to " + DAY.format(parameters.to());
	}

	private static String structure(ReportResult.Parameters parameters) {
		String structure = (parameters == null) ? null : parameters.structure();
		if ("at-the-time".equals(structure)) {
			return "Structure at the time";
		}
		if ("current".equals(structure)) {
			return "Today's structure";
		}
		return (structure == null) ? "" : structure;
	}

}
