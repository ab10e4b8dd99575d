package org.candour.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.candour.learning.LearningPlans;
import org.candour.learning.LearningView;
import org.candour.remedies.RemedySummaries;

import org.springframework.stereotype.Component;

/**
 * The learning records and remedies whose own text mentions the person (their statement
 * or public wording; their description or why they were declined), whichever case they
 * name: a record about the person need not be on one of their cases.
 */
@Component
class Mentions {

	private final LearningPlans learning;

	private final RemedySummaries remedies;

	Mentions(LearningPlans learning, RemedySummaries remedies) {
		this.learning = learning;
		this.remedies = remedies;
	}

	List<Mention> of(PersonMatcher matcher) {
		List<Mention> found = new ArrayList<>();
		for (LearningView record : this.learning.register(null, null, null).items()) {
			Map<String, String> text = new LinkedHashMap<>();
			text.put("statement", record.statement());
			text.put("publicWording", record.publicWording());
			mention(matcher, "learning", record.id(), (record.cases() == null) ? List.of() : record.cases(), text)
				.ifPresent(found::add);
		}
		for (RemedySummaries.CaseRemedy each : this.remedies.all()) {
			Map<String, String> text = new LinkedHashMap<>();
			text.put("description", each.remedy().description());
			text.put("declinedReason", each.remedy().declinedReason());
			mention(matcher, "remedy", each.remedy().id(), List.of(each.caseReference()), text).ifPresent(found::add);
		}
		return found;
	}

	private static Optional<Mention> mention(PersonMatcher matcher, String kind, String id, List<String> cases,
			Map<String, String> text) {
		text.values().removeIf(value -> value == null || value.isBlank());
		List<String> by = text.entrySet()
			.stream()
			.filter(field -> matcher.mentioned(field.getValue()))
			.map(field -> "/" + field.getKey())
			.toList();
		return by.isEmpty() ? Optional.empty() : Optional.of(new Mention(kind, id, List.copyOf(cases), by, text));
	}

	/**
	 * A learning record or remedy that mentions the person.
	 *
	 * @param kind {@code learning} or {@code remedy}
	 * @param id its id
	 * @param cases the cases it names
	 * @param matchedBy JSON pointers in it to the text that mentions the person
	 * @param text its text, by field
	 */
	record Mention(String kind, String id, List<String> cases, List<String> matchedBy, Map<String, String> text) {

		Matches.OtherRecord match() {
			return new Matches.OtherRecord(this.kind, this.id, this.cases, this.matchedBy);
		}

	}

}
