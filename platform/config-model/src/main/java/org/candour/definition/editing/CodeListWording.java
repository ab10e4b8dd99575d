package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** A code list: values added, removed, relabelled, retired, reordered. */
final class CodeListWording implements KindWording {

	@Override
	public Set<String> fields() {
		return Set.of("values");
	}

	@Override
	public void describe(String name, JsonNode before, JsonNode after, Sentences out) {
		Map<String, JsonNode> old = byCode(before.path("values"));
		Map<String, JsonNode> now = byCode(after.path("values"));
		now.forEach((code, value) -> {
			if (!old.containsKey(code)) {
				out.add("Value " + label(value) + " added to " + name);
			}
		});
		old.forEach((code, value) -> {
			if (!now.containsKey(code)) {
				out.add("Value " + label(value) + " removed from " + name);
			}
		});
		now.forEach((code, value) -> {
			JsonNode was = old.get(code);
			if (was != null && !was.equals(value)) {
				changed(name, was, value, out);
			}
		});
		List<String> kept = new ArrayList<>(now.keySet());
		kept.retainAll(old.keySet());
		List<String> keptBefore = new ArrayList<>(old.keySet());
		keptBefore.retainAll(now.keySet());
		if (!kept.equals(keptBefore)) {
			out.add("Values of " + name + " reordered");
		}
	}

	private static void changed(String name, JsonNode was, JsonNode value, Sentences out) {
		String owner = " of " + name;
		out.renamed("Value", owner, was.get("label"), value.get("label"));
		String subject = "value " + label(value) + owner;
		out.text("description", subject, was.get("description"), value.get("description"));
		if (was.path("retired").asBoolean(false) != value.path("retired").asBoolean(false)) {
			out.add(Words.capitalised(subject)
					+ (value.path("retired").asBoolean(false) ? " retired" : " offered again (no longer retired)"));
		}
		out.arrow("Group of " + subject, quoted(was.get("group")), quoted(value.get("group")), "");
	}

	private static String quoted(JsonNode text) {
		return (text == null || text.isNull()) ? null : Words.quoted(text.asString());
	}

	private static String label(JsonNode value) {
		String label = Words.english(value.get("label"));
		return Words.quoted((label == null) ? value.path("code").asString("") : label);
	}

	private static Map<String, JsonNode> byCode(JsonNode values) {
		Map<String, JsonNode> byCode = new LinkedHashMap<>();
		values.forEach(value -> byCode.put(value.path("code").asString(""), value));
		return byCode;
	}

}
