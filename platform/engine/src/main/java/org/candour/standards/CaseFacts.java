package org.candour.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.candour.definition.model.ServiceStandard;

/**
 * What a standard needs of one stored case, read from its projection: who holds it, where
 * it stands, and the days of the events standards count from and to.
 */
final class CaseFacts {

	/** The fields every standard reads. */
	static final List<String> FIELDS = List.of("reference", "configVersion", "feedbackType", "state", "team", "officer",
			"open", "summary", "receivedOn", "current.closedAt", "current.clocks");

	/** The history too, for standards counted from allocation or to entering a state. */
	static final String HISTORY = "history";

	private final Document stored;

	private final StandardDays days;

	CaseFacts(Document stored, StandardDays days) {
		this.stored = stored;
		this.days = days;
	}

	static List<String> fields(ServiceStandard standard) {
		List<String> fields = new ArrayList<>(FIELDS);
		if (standard.readsHistory()) {
			fields.add(HISTORY);
		}
		return fields;
	}

	String reference() {
		return this.stored.getString("reference");
	}

	int configVersion() {
		return ((Number) this.stored.get("configVersion")).intValue();
	}

	String feedbackType() {
		return this.stored.getString("feedbackType");
	}

	String state() {
		return this.stored.getString("state");
	}

	String team() {
		return this.stored.getString("team");
	}

	String officer() {
		return this.stored.getString("officer");
	}

	String summary() {
		return this.stored.getString("summary");
	}

	boolean open() {
		return Boolean.TRUE.equals(this.stored.getBoolean("open"));
	}

	/** The day of an event of this case; {@code null} when it has not happened. */
	LocalDate day(ServiceStandard.Event event) {
		return switch (event.kind()) {
			case "received" -> this.days.day(this.stored.get("receivedOn"));
			case "closed" -> open() ? null : this.days.day(current().get("closedAt"));
			case "allocated" -> allocated();
			case "entered" -> entered(event.state());
			case "started" -> clockDay(event.clock(), "anchorDate");
			default -> clockDay(event.clock(), "stoppedAt");
		};
	}

	/** The case's clock of that id, as stored; {@code null} when it has none. */
	Document clock(String id) {
		for (Document clock : current().getList("clocks", Document.class, List.of())) {
			if (id.equals(clock.getString("id"))) {
				return clock;
			}
		}
		return null;
	}

	LocalDate clockDay(String id, String field) {
		Document clock = clock(id);
		return (clock == null) ? null : this.days.day(clock.get(field));
	}

	/**
	 * The earliest day of the events that happened; {@code null} when none has.
	 */
	LocalDate earliest(List<ServiceStandard.Event> events) {
		LocalDate earliest = null;
		for (ServiceStandard.Event event : events) {
			LocalDate day = day(event);
			if (day != null && (earliest == null || day.isBefore(earliest))) {
				earliest = day;
			}
		}
		return earliest;
	}

	/** The day of the first history entry that moved the case into the state. */
	private LocalDate entered(String state) {
		for (Document entry : this.stored.getList(HISTORY, Document.class, List.of())) {
			if (state.equals(entry.getString("to"))) {
				return this.days.day(entry.get("at"));
			}
		}
		return null;
	}

	/** The day of the first history entry that gave the case an officer. */
	private LocalDate allocated() {
		for (Document entry : this.stored.getList(HISTORY, Document.class, List.of())) {
			for (Document change : entry.getList("changes", Document.class, List.of())) {
				if ("/officer".equals(change.getString("path")) && change.get("after") instanceof String officer
						&& !officer.isBlank()) {
					return this.days.day(entry.get("at"));
				}
			}
		}
		return null;
	}

	private Document current() {
		Document current = this.stored.get("current", Document.class);
		return (current != null) ? current : new Document();
	}

}
