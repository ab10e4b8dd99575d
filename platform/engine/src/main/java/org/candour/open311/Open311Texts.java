package org.candour.open311;

import java.util.ArrayList;
import java.util.List;

import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.definition.model.Open311Attribute;
import org.candour.definition.model.Open311Offer;

/** Words of the Open311 endpoint: summaries and refusals in a client's terms. */
final class Open311Texts {

	private Open311Texts() {
	}

	/** The first line of {@code text}, shortened to {@code maxLength} (ending …). */
	static String firstLine(String text, Integer maxLength) {
		String line = text.strip().lines().findFirst().orElse("").strip();
		if (maxLength != null && line.length() > maxLength) {
			return line.substring(0, maxLength - 1).strip() + "…";
		}
		return line;
	}

	/**
	 * What the case intake refused, each problem named by the parameter or attribute that
	 * filled the field ({@code first_name, last_name: …}).
	 */
	static String describe(Refusal refusal, Open311Offer offer) {
		List<String> problems = new ArrayList<>();
		for (ApiError error : refusal.violations()) {
			problems.add(source(error.pointer(), offer) + ": " + error.message());
		}
		return problems.isEmpty() ? refusal.getMessage() : String.join("; ", problems);
	}

	private static String source(String pointer, Open311Offer offer) {
		String field = pointer.startsWith("/data/") ? pointer.substring("/data".length()) : pointer;
		List<String> parameters = offer.fields()
			.entrySet()
			.stream()
			.filter(entry -> field.equals(entry.getValue()) || field.startsWith(entry.getValue() + "/"))
			.map(java.util.Map.Entry::getKey)
			.sorted()
			.toList();
		if (!parameters.isEmpty()) {
			return String.join(", ", parameters);
		}
		return offer.attributes()
			.stream()
			.map(Open311Attribute::code)
			.filter(code -> field.equals("/" + code) || field.startsWith("/" + code + "/"))
			.map(code -> "attribute[" + code + "]")
			.findFirst()
			.orElse(field);
	}

}
