package org.candour.web.officer.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.candour.cases.FieldChange;
import org.candour.cases.HistoryEntry;
import org.candour.definition.ConfigKind;
import org.candour.web.forms.FieldKinds;
import org.candour.web.forms.LocalText;
import tools.jackson.databind.JsonNode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A case's history in words: each entry's action by its label, the states by theirs, and
 * every changed value labelled from the form (clock changes are summed up per clock).
 */
@Component
class Timeline {

	private static final String CLOCK_BREACHED = "clock-breached";

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
		// a breach's comment names the clocks by id; its changes name them by label
		String comment = CLOCK_BREACHED.equals(entry.action()) ? null : entry.comment();
		return new TimelineItem(entry.seq(), CaseTime.when(entry.at(), open.zone()), entry.at().toString(), entry.by(),
				what(open, entry.action()), move, changes(open, entry.changes()), comment);
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
			else if ("meta".equals(top) && path.length > 1) {
				described.add(new TimelineItem.Change(this.values.metaLabel(open, path[1]),
						this.values.metaText(open, path[1], path.length == 2 ? change.before() : null),
						this.values.metaText(open, path[1], path.length == 2 ? change.after() : null)));
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
		String id = clock != null && clock.has("id") ? clock.path("id").asString() : clockAt(open, change.path());
		String label = id == null ? null
				: open.configuration()
					.workflow()
					.clocks()
					.values()
					.stream()
					.filter(definition -> definition.id().equals(id))
					.findFirst()
					.map(definition -> LocalText.of(definition.label(), open.locale()))
					.orElse(id);
		return label == null ? text("casework.timeline.clocks") : text("casework.timeline.clock", label);
	}

	/** The id of the clock a change inside one ({@code /clocks/2/status}) is about. */
	private static String clockAt(OpenCase open, String path) {
		String[] parts = path.split("/");
		List<org.candour.workflow.CaseClock> clocks = open.feedbackCase().current().clocks();
		if (parts.length > 2 && parts[2].matches("\\d{1,3}") && Integer.parseInt(parts[2]) < clocks.size()) {
			return clocks.get(Integer.parseInt(parts[2])).id();
		}
		return null;
	}

	private String label(OpenCase open, String path) {
		String key = path.substring(1).split("/")[0];
		String known = this.messages.getMessage("casework.field." + key, null, null, open.locale());
		return known != null ? known : FieldKinds.humanise(path.substring(1).replace('/', ' '));
	}

	/**
	 * A case field's value in words: names and labels from configuration, dates in words.
	 */
	private String value(OpenCase open, String field, JsonNode value) {
		if (value == null || value.isNull()) {
			return "";
		}
		return switch (field) {
			case "orgUnit", "team" -> open.orgUnits().name(value.asString());
			case "closureReason" -> open.codeLabel("closure-reasons", value.asString());
			case "feedbackType" -> open.title(ConfigKind.FEEDBACK_TYPE, value.asString());
			case "workflow" -> open.title(ConfigKind.WORKFLOW, value.asString());
			case "links" -> links(open, value);
			default -> CaseValues.words(value, open.zone());
		};
	}

	/** Links to other cases, e.g. "Related to NSC-2026-000002". */
	private String links(OpenCase open, JsonNode value) {
		if (value.isArray()) {
			List<String> links = new ArrayList<>();
			value.forEach(link -> links.add(links(open, link)));
			return String.join(", ", links);
		}
		if (!value.has("reference")) {
			return CaseValues.words(value, open.zone());
		}
		String relation = value.path("relation").asString();
		return this.messages.getMessage("casework.link." + relation, null, FieldKinds.humanise(relation),
				Locale.ENGLISH) + " " + value.path("reference").asString();
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, java.util.Locale.ENGLISH);
	}

}
