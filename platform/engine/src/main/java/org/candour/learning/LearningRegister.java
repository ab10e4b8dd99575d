package org.candour.learning;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.bson.Document;
import org.candour.api.Refusal;

import org.springframework.stereotype.Component;

/**
 * Reads learning: the register (filtered by theme, org unit and status, overdue first)
 * and the actions across records (overdue first, then by due date). Status is derived
 * today; the filters on it are applied to the tenant's records as read, which is fine for
 * the few hundred records a tenant keeps.
 */
@Component
class LearningRegister {

	private final LearningRecords records;

	private final LearningCalendar calendar;

	LearningRegister(LearningRecords records, LearningCalendar calendar) {
		this.records = records;
		this.calendar = calendar;
	}

	LearningView one(String id) {
		return LearningView.of(
				this.records.byId(id).orElseThrow(() -> Refusal.notFound("There is no learning record " + id)),
				this.calendar.today());
	}

	Listing<LearningView> list(String theme, String orgUnit, String status) {
		LocalDate today = this.calendar.today();
		Predicate<LearningRecord> wanted = switch (status == null ? "" : status) {
			case "" -> record -> true;
			case "open" -> LearningRecord::open;
			case "overdue" -> record -> record.overdue(today);
			default -> throw Refusal.malformed("/status", "learning.status-unknown", "status is open or overdue");
		};
		Document filter = new Document();
		if (theme != null && !theme.isBlank()) {
			filter.put("theme", theme);
		}
		if (orgUnit != null && !orgUnit.isBlank()) {
			filter.put("orgUnits", orgUnit);
		}
		List<LearningView> items = this.records.find(filter)
			.stream()
			.filter(wanted)
			.map(record -> LearningView.of(record, today))
			.sorted(Comparator.comparing((LearningView view) -> !view.overdue()))
			.toList();
		return new Listing<>(today, items);
	}

	Listing<ActionRow> actions(String status) {
		LocalDate today = this.calendar.today();
		LocalDate windowEnd = this.calendar.dueWindowEnd(today);
		Predicate<LearningAction> wanted = switch (status == null ? "" : status) {
			case "" -> action -> true;
			case "overdue" -> action -> action.overdue(today);
			case "due" -> action -> !action.state().finished() && !action.dueDate().isAfter(windowEnd);
			case "done" -> action -> action.state().finished();
			default -> throw Refusal.malformed("/status", "learning.status-unknown", "status is overdue, due or done");
		};
		List<ActionRow> rows = this.records.find(new Document())
			.stream()
			.flatMap(record -> record.actions()
				.stream()
				.filter(wanted)
				.map(action -> new ActionRow(record.id(), record.theme(), record.orgUnit(), record.cases(),
						ActionView.of(action, today))))
			.sorted(Comparator.comparing((ActionRow row) -> !row.action().overdue())
				.thenComparing(row -> row.action().action().dueDate())
				.thenComparing(ActionRow::learning)
				.thenComparing(row -> row.action().action().id()))
			.toList();
		return new Listing<>(today, rows);
	}

}
