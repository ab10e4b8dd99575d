package org.candour.admin.platform;

import java.util.List;
import java.util.Map;

/** The tenant's kind, division, status and isolation in words. */
final class Words {

	static final List<Choice> KINDS = List.of(new Choice("council", "Council"), new Choice("ombudsman", "Ombudsman"),
			new Choice("government-department", "Government department"), new Choice("other", "Other public body"));

	static final List<Choice> DIVISIONS = List.of(new Choice("england-and-wales", "England and Wales"),
			new Choice("scotland", "Scotland"), new Choice("northern-ireland", "Northern Ireland"));

	static final List<Choice> ISOLATIONS = List.of(
			new Choice("pooled", "Pooled – its records share the platform's database, each marked with the tenant"),
			new Choice("siloed", "Siloed – its records live in a database of its own"));

	private static final Map<String, String> STATUSES = Map.of("active", "Active", "suspended", "Suspended");

	private static final Map<String, String> ISOLATION = Map.of("pooled", "Pooled", "siloed", "Siloed");

	private Words() {
	}

	static String kind(String kind) {
		return label(KINDS, kind);
	}

	static String division(String division) {
		return label(DIVISIONS, division);
	}

	static String status(String status) {
		return STATUSES.getOrDefault(status, status);
	}

	static String isolation(String isolation) {
		return ISOLATION.getOrDefault(isolation, isolation);
	}

	static boolean isOneOf(List<Choice> choices, String value) {
		return choices.stream().anyMatch(choice -> choice.value().equals(value));
	}

	private static String label(List<Choice> choices, String value) {
		return choices.stream()
			.filter(choice -> choice.value().equals(value))
			.map(Choice::label)
			.findFirst()
			.orElse(value);
	}

}
