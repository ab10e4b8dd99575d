package org.candour.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What of a case's values is kept when the case is anonymised: codes (lower-case words
 * joined by hyphens or underscores, as code lists and workflow states are written), dates
 * and times, numbers, true and false. Any other text (a number written as text, such as a
 * phone number, included) — names, descriptions, free-text answers, reasons, comments —
 * is removed, with every object or list left empty by it, so what reports count (states,
 * outcomes, classifications, org units, dates, clocks) stays.
 */
final class Anonymiser {

	/** At least one letter: a number written as text (a phone number) is not a code. */
	private static final Pattern CODE = Pattern.compile("^(?=[a-z0-9_-]*[a-z])[a-z0-9]+([-_][a-z0-9]+)*$");

	private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?$");

	private static final int LONGEST_CODE = 60;

	private Anonymiser() {
	}

	/**
	 * The state with its data and outcome scrubbed, no summary, and
	 * {@code meta.disposal}; the rest of {@code meta} (facts the platform keeps: risk,
	 * learning, withService…) as it is.
	 */
	static CaseState state(CaseState state, JsonNode disposal) {
		return state(state, "disposal", disposal);
	}

	/**
	 * As {@link #state(CaseState, JsonNode)}, with {@code meta.{key}} set to
	 * {@code fact}.
	 */
	static CaseState state(CaseState state, String key, JsonNode fact) {
		ObjectNode meta = state.meta().deepCopy();
		meta.set(key, fact);
		return new CaseState(state.feedbackType(), state.workflow(), state.state(), state.stateCategory(),
				state.orgUnit(), state.team(), state.officer(), null, object(state.data()), object(state.outcome()),
				meta, state.clocks(), state.links(), state.closureReason(), state.closedAt());
	}

	/** The changes with their values scrubbed (a value that is all text becomes null). */
	static List<FieldChange> changes(List<FieldChange> changes) {
		List<FieldChange> scrubbed = new ArrayList<>(changes.size());
		for (FieldChange change : changes) {
			scrubbed.add(new FieldChange(change.path(), orNull(change.before()), orNull(change.after())));
		}
		return scrubbed;
	}

	private static ObjectNode object(ObjectNode object) {
		JsonNode kept = (object == null) ? null : scrub(object);
		return (kept instanceof ObjectNode found) ? found : JsonNodeFactory.instance.objectNode();
	}

	private static JsonNode orNull(JsonNode value) {
		return (value == null) ? null : scrub(value);
	}

	/** The value as kept; {@code null} when nothing of it is. */
	static JsonNode scrub(JsonNode value) {
		if (value.isObject()) {
			ObjectNode kept = JsonNodeFactory.instance.objectNode();
			value.properties().forEach(entry -> {
				JsonNode inner = scrub(entry.getValue());
				if (inner != null) {
					kept.set(entry.getKey(), inner);
				}
			});
			return kept.isEmpty() ? null : kept;
		}
		if (value.isArray()) {
			ArrayNode kept = JsonNodeFactory.instance.arrayNode();
			value.forEach(item -> {
				JsonNode inner = scrub(item);
				if (inner != null) {
					kept.add(inner);
				}
			});
			return kept.isEmpty() ? null : kept;
		}
		if (value.isString()) {
			String text = value.asString();
			return (text.length() <= LONGEST_CODE && CODE.matcher(text).matches()) || DATE.matcher(text).matches()
					? value : null;
		}
		return (value.isNumber() || value.isBoolean()) ? value : null;
	}

}
