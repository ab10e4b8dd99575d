package org.candour.admin.types;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.admin.DetailsFieldNames;
import org.candour.api.ApiError;
import org.candour.api.Refusal;

/**
 * The configuration store's refusal of a feedback type, put on the details page's fields:
 * each violation's JSON pointer names the field, and the field's own plain-words message
 * replaces the meta-schema's wording (one problem per field).
 */
final class StoreProblems {

	private static final Map<String, String> MESSAGES = Map.of("title", "Enter a title", "description",
			"Enter a description, or leave it empty", "category", "Select a category", "audience",
			"Select who can give this feedback", "referencePrefix",
			"Enter a reference prefix of 1 to 8 capital letters or digits, like COMP", "retentionMonths",
			"Enter a retention period of at least 1 month", "acknowledgementTemplate",
			"Select an acknowledgement template", "form", "Select a form", "workflow", "Select a workflow");

	private StoreProblems() {
	}

	static List<FieldProblem> of(Refusal refusal) {
		Map<String, FieldProblem> byField = new LinkedHashMap<>();
		for (ApiError violation : refusal.violations()) {
			String field = DetailsFieldNames.field(violation.pointer());
			byField.putIfAbsent(field, new FieldProblem(field, MESSAGES.getOrDefault(field, violation.message())));
		}
		if (byField.isEmpty()) {
			byField.put("title", new FieldProblem("title", refusal.getMessage()));
		}
		return List.copyOf(byField.values());
	}

}
