package org.candour.learning;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import org.bson.Document;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;

/**
 * "You said, we did": the tenant's learning marked publishable, as anyone may see it —
 * only its theme, the wording written for publication, when it was last changed (as a
 * month) and how many of its actions are finished. Never the statement, the actions'
 * wording, owners or the cases: those are staff's words about people.
 */
@Service
public class PublishedLearning {

	/** The most items the list gives, newest first. */
	static final int LIMIT = 50;

	private final LearningRecords records;

	private final LearningRules rules;

	PublishedLearning(LearningRecords records, LearningRules rules) {
		this.records = records;
		this.rules = rules;
	}

	public List<Item> list() {
		return this.records.find(new Document("publishable", true))
			.stream()
			.filter(record -> record.publicWording() != null && !record.publicWording().isBlank())
			.sorted(Comparator.comparing(LearningRecord::updatedAt).reversed())
			.limit(LIMIT)
			.map(this::item)
			.toList();
	}

	private Item item(LearningRecord record) {
		int finished = (int) record.actions().stream().filter(action -> action.state().finished()).count();
		return new Item(record.theme(), this.rules.themeLabel(record.theme()).orElse(null), record.publicWording(),
				LocalDate.ofInstant(record.updatedAt(), ZoneOffset.UTC).withDayOfMonth(1), finished,
				record.actions().size());
	}

	/**
	 * One published item.
	 *
	 * @param theme the theme's code
	 * @param themeLabel its label from the tenant's code list (text, or {@code en} and
	 * {@code cy}); null when the code list no longer has it
	 * @param wording the wording written for publication
	 * @param month the first day of the month it was last changed in
	 * @param actionsFinished actions done or verified
	 * @param actions actions in its plan
	 */
	public record Item(String theme, JsonNode themeLabel, String wording, LocalDate month, int actionsFinished,
			int actions) {
	}

}
