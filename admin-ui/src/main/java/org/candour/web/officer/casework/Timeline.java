package org.candour.web.officer.casework;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.candour.cases.FieldChange;
import org.candour.cases.HistoryEntry;
import org.candour.web.resident.FieldKinds;
import org.candour.web.resident.LocalText;
import tools.jackson.databind.JsonNode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A case's history in words: each entry's action by its label, the states by theirs, and
 * every changed value labelled from the form (clock changes are summed up per clock).
 */
@Component
class Timeline {

	static final ZoneId UK = ZoneId.of("Europe/London");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma");

	private final CaseValues values;

	private final MessageSource messages;

	Timeline(CaseValues values, MessageSource messages) {
		this.values = values;
		this.messages = messages;
	}

	/** Every entry, newest first. */
	List<TimelineItem> of(OpenCase open) {
		return after(open, 0);
	}

	/**
	 * What happened after the case was at {@code version}, newest first (a case at
	 * version v has v + 1 history entries).
	 */
	List<TimelineItem> since(OpenCase open, long version) {
		return after(open, version + 1);
	}

	private List<TimelineItem> after(OpenCase open, long seq) {
		List<HistoryEntry> history = open.feedbackCase().history();
		List<TimelineItem> items = new ArrayList<>();
		for (int i = history.size() - 1; i >= 0 && history.get(i).seq() > seq; i--) {
			items.add(item(open, history.get(i)));
		}
		return items;
	}

	TimelineItem item(OpenCase open, HistoryEntry entry) {
		String move = entry.from() == null || Objects.equals(entry.from(), entry.to()) ? null
				: text("casework.timeline.move", open.stateLabel(entry.from()), open.stateLabel(entry.to()));
		return new TimelineItem(entry.seq(), WHEN.format(entry.at().atZone(UK)).replace("AM", "am").replace("PM", "pm"),
				entry.at().toString(), entry.by(), what(open, entry.action()), move, changes(open, entry.changes()),
				entry.comment());
	}

	String what(OpenCase open, String action) {
		String known = this.messages.getMessage("casework.timeline.action." + action, null, null, open.locale());
		if (known != null) {
			return known;
		}
		return open.configuration()
			.workflow()
			.transitions()
			.stream()
			.filter(transition -> transition.action().equals(action))
			.findFirst()
			.map(transition -> CaseForms.label(transition, open.locale()))
			.orElse(FieldKinds.humanise(action));
	}

	private List<TimelineItem.Change> changes(OpenCase open, List<FieldChange> changes) {
		List<TimelineItem.Change> described = new ArrayList<>();
		List<String> clocks = new ArrayList<>();
		for (FieldChange change : changes) {
			String[] path = change.path().substring(1).split("/");
			String top = path[0];
			if ("clocks".equals(top)) {
				String clock = clockOf(open, change);
				if (!clocks.contains(clock)) {
					clocks.add(clock);
				}
			}
			else if ("data".equals(top) && path.length > 1) {
				described.add(new TimelineItem.Change(this.values.dataLabel(open, path[1]),
						this.values.dataText(open, path[1], path.length == 2 ? change.before() : null),
						this.values.dataText(open, path[1], path.length == 2 ? change.after() : null)));
			}
			else if ("outcome".equals(top) && path.length > 1) {
				described.add(new TimelineItem.Change(this.values.outcomeLabel(open, path[1]),
						this.values.outcomeText(open, path[1], change.before()),
						this.values.outcomeText(open, path[1], change.after())));
			}
			else if (!"stateCategory".equals(top) && !"state".equals(top) && !"summary".equals(top)) {
				described.add(new TimelineItem.Change(label(open, change.path()), value(open, top, change.before()),
						value(open, top, change.after())));
			}
		}
		clocks.forEach(clock -> described.add(new TimelineItem.Change(clock, null, null)));
		return described;
	}

	private String clockOf(OpenCase open, FieldChange change) {
		JsonNode clock = change.after() != null ? change.after() : change.before();
		String id = clock != null && clock.has("id") ? clock.path("id").asString() : null;
		String label = id == null ? null
				: open.configuration()
					.workflow()
					.clocks()
					.values()
					.stream()
					.filter(definition -> definition.id().equals(id))
					.findFirst()
					.map(definition -> org.candour.web.resident.LocalText.of(definition.label(), open.locale()))
					.orElse(id);
		return label == null ? text("casework.timeline.clocks") : text("casework.timeline.clock", label);
	}

	private String label(OpenCase open, String path) {
		String key = path.substring(1).split("/")[0];
		String known = this.messages.getMessage("casework.field." + key, null, null, open.locale());
		return known != null ? known : FieldKinds.humanise(path.substring(1).replace('/', ' '));
	}

	private String value(OpenCase open, String field, JsonNode value) {
		if (value != null && value.isString() && ("orgUnit".equals(field) || "team".equals(field))) {
			return open.orgUnits().name(value.asString());
		}
		return CaseValues.text(value);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, java.util.Locale.ENGLISH);
	}

}
