package org.candour.admin.reports;

import java.util.Locale;
import java.util.Set;

/** A new report's id, made from its title: {@code complaints-by-team}. */
final class ReportIds {

	private static final int LONGEST = 60;

	private ReportIds() {
	}

	static String from(String title, Set<String> taken) {
		String slug = title.toLowerCase(Locale.ROOT)
			.replace("'", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (slug.length() > LONGEST) {
			slug = slug.substring(0, LONGEST).replaceAll("-+$", "");
		}
		String base = (slug.isEmpty() || !Character.isLetter(slug.charAt(0))) ? "report-" + slug : slug;
		base = base.replaceAll("-+$", "");
		String id = base;
		for (int n = 2; taken.contains(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

}
