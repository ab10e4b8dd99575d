package org.candour.admin;

import java.util.Map;

/**
 * Which field of a feedback type's details page a problem's JSON pointer is about, so
 * that the error summary links to it (a pointer no field shows goes to the title).
 */
public final class DetailsFieldNames {

	private static final Map<String, String> FIELDS = Map.of("/title", "title", "/description", "description",
			"/spec/category", "category", "/spec/public", "audience", "/spec/referencePrefix", "referencePrefix",
			"/spec/dataProtection/retentionMonths", "retentionMonths", "/spec/acknowledgementTemplate",
			"acknowledgementTemplate", "/spec/form", "form", "/spec/workflow", "workflow");

	private DetailsFieldNames() {
	}

	public static String field(String pointer) {
		if (pointer == null) {
			return "title";
		}
		return FIELDS.entrySet()
			.stream()
			.filter(entry -> pointer.equals(entry.getKey()) || pointer.startsWith(entry.getKey() + "/"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse("title");
	}

}
