package org.candour.admin.types;

import java.util.Collection;
import java.util.Locale;

/**
 * Ids made from titles: lower-case letters, digits and single hyphens (the configuration
 * slug), made unique among the ids already taken by adding -2, -3… An id is made once;
 * renaming never changes it.
 */
public final class Slugs {

	private static final int MAX = 50;

	private Slugs() {
	}

	public static String of(String title, Collection<String> taken) {
		String base = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (base.length() > MAX) {
			base = base.substring(0, MAX).replaceAll("-+$", "");
		}
		if (base.length() < 2) {
			base = "type" + (base.isEmpty() ? "" : "-" + base);
		}
		String id = base;
		for (int suffix = 2; taken.contains(id); suffix++) {
			id = base + "-" + suffix;
		}
		return id;
	}

}
