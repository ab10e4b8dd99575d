package org.candour.cases;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One history entry without the value of one field: each change that recorded it (at the
 * field, or inside an object recorded above it) has it replaced by
 * {@value CaseRedactions#MARK}.
 */
final class FieldRedaction {

	private FieldRedaction() {
	}

	/** The entry as it is when none of its changes recorded the field. */
	static HistoryEntry of(HistoryEntry entry, String pointer, HistoryEntry.Redaction redaction) {
		List<FieldChange> scrubbed = new ArrayList<>(entry.changes().size());
		boolean touched = false;
		for (FieldChange change : entry.changes()) {
			String path = change.path();
			if (path.equals(pointer) || pointer.startsWith(path + "/") || path.startsWith(pointer + "/")) {
				String inner = pointer.startsWith(path + "/") ? pointer.substring(path.length()) : "";
				scrubbed.add(new FieldChange(path, without(change.before(), inner), without(change.after(), inner)));
				touched = true;
			}
			else {
				scrubbed.add(change);
			}
		}
		if (!touched) {
			return entry;
		}
		return entry.redacted(scrubbed, entry.comment(), entry.redacted() != null ? entry.redacted() : redaction);
	}

	/** The value with what sits at {@code inner} (all of it for "") marked redacted. */
	private static JsonNode without(JsonNode value, String inner) {
		if (value == null || value.isNull()) {
			return value;
		}
		if (inner.isEmpty()) {
			return JsonNodeFactory.instance.stringNode(CaseRedactions.MARK);
		}
		JsonNode copy = value.deepCopy();
		JsonNode parent = copy.at(inner.substring(0, inner.lastIndexOf('/')));
		String last = unescape(inner.substring(inner.lastIndexOf('/') + 1));
		if (parent instanceof ObjectNode object && object.has(last)) {
			object.put(last, CaseRedactions.MARK);
		}
		else if (parent instanceof ArrayNode array && last.matches("\\d+") && Integer.parseInt(last) < array.size()) {
			array.set(Integer.parseInt(last), CaseRedactions.MARK);
		}
		return copy;
	}

	/** A JSON pointer segment as the key it names. */
	static String unescape(String segment) {
		return segment.replace("~1", "/").replace("~0", "~");
	}

}
