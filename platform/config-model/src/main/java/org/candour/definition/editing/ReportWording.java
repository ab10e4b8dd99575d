package org.candour.definition.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * A report: feedback types, period, groupings and figures added or removed, a figure's
 * target, condition or calculation changed, layout, download formats and schedule
 * changed.
 */
final class ReportWording implements KindWording {

	@Override
	public Set<String> fields() {
		return Set.of("description", "feedbackTypes", "period", "dimensions", "measures", "layout", "outputs",
				"schedule");
	}

	@Override
	public void describe(String name, JsonNode before, JsonNode after, Sentences out) {
		out.text("description", "report " + name, before.get("description"), after.get("description"));
		List<List<String>> types = Sentences.addedAndRemoved(before.get("feedbackTypes"), after.get("feedbackTypes"));
		types.get(0).forEach(type -> out.add("Feedback type " + Words.quoted(type) + " now counted by " + name));
		types.get(1).forEach(type -> out.add("Feedback type " + Words.quoted(type) + " no longer counted by " + name));
		out.arrow("Period of " + name, period(before.get("period")), period(after.get("period")), "");
		dimensions(name, byId(before.path("dimensions")), byId(after.path("dimensions")), out);
		measures(name, byId(before.path("measures")), byId(after.path("measures")), out);
		out.arrow("Layout of " + name, layout(before.get("layout")), layout(after.get("layout")), "");
		out.arrow("Downloads of " + name, outputs(before.get("outputs")), outputs(after.get("outputs")), "");
		out.arrow("Schedule of " + name, ReportSchedule.of(before.path("schedule").asString(null)).words(),
				ReportSchedule.of(after.path("schedule").asString(null)).words(), "");
	}

	private static void dimensions(String name, Map<String, JsonNode> old, Map<String, JsonNode> now, Sentences out) {
		now.forEach((id, dimension) -> {
			JsonNode was = old.get(id);
			if (was == null) {
				out.add("Grouping " + label(dimension) + " (by " + dimension.path("field").asString() + ") added to "
						+ name);
			}
			else if (!was.equals(dimension)) {
				String subject = "grouping " + label(dimension) + " of " + name;
				out.renamed("Grouping", " of " + name, was.get("label"), dimension.get("label"));
				out.arrow(Words.capitalised(subject) + ": field", was.path("field").asString(null),
						dimension.path("field").asString(null), "");
				out.arrow(Words.capitalised(subject) + ": structure", structure(was), structure(dimension), "");
				out.arrow(Words.capitalised(subject) + ": labels from code list", was.path("codeList").asString(null),
						dimension.path("codeList").asString(null), "");
			}
		});
		old.forEach((id, dimension) -> {
			if (!now.containsKey(id)) {
				out.add("Grouping " + label(dimension) + " removed from " + name);
			}
		});
	}

	private static void measures(String name, Map<String, JsonNode> old, Map<String, JsonNode> now, Sentences out) {
		now.forEach((id, measure) -> {
			JsonNode was = old.get(id);
			if (was == null) {
				out.add("Figure " + label(measure) + " (" + measure.path("type").asString() + ") added to " + name);
			}
			else if (!was.equals(measure)) {
				String subject = Words.capitalised("figure " + label(measure) + " of " + name);
				out.renamed("Figure", " of " + name, was.get("label"), measure.get("label"));
				out.arrow(subject + ": calculation", was.path("type").asString(null),
						measure.path("type").asString(null), "");
				out.arrow("Target of " + label(measure) + " in " + name, number(was.get("target")),
						number(measure.get("target")), "");
				condition(subject + ": condition", was.get("where"), measure.get("where"), out);
				condition(subject + ": condition of the denominator", was.get("denominatorWhere"),
						measure.get("denominatorWhere"), out);
				if (!Objects.equals(was.get("field"), measure.get("field"))
						|| !Objects.equals(was.get("between"), measure.get("between"))
						|| !Objects.equals(was.get("unit"), measure.get("unit"))) {
					out.add(subject + ": what it measures changed");
				}
			}
		});
		old.forEach((id, measure) -> {
			if (!now.containsKey(id)) {
				out.add("Figure " + label(measure) + " removed from " + name);
			}
		});
	}

	private static void condition(String what, JsonNode before, JsonNode after, Sentences out) {
		if (!Objects.equals(before, after)) {
			out.add(what + ((before == null) ? " added" : (after == null) ? " removed" : " changed"));
		}
	}

	private static String period(JsonNode period) {
		if (period == null) {
			return null;
		}
		String type = period.path("type").asString("");
		return "rolling-days".equals(type) ? "the last " + period.path("days").asInt() + " days"
				: type.replace('-', ' ');
	}

	private static String layout(JsonNode layout) {
		if (layout == null) {
			return null;
		}
		List<String> columns = JsonArrays.strings(layout.get("columns"));
		return layout.path("type").asString("") + (columns.isEmpty() ? "" : " (columns " + columns + ")");
	}

	private static String outputs(JsonNode outputs) {
		return (outputs == null) ? "all formats"
				: outputs.isEmpty() ? "none" : String.join(", ", JsonArrays.strings(outputs));
	}

	private static String structure(JsonNode dimension) {
		return dimension.has("orgStructure") ? dimension.path("orgStructure").asString().replace('-', ' ') : null;
	}

	private static String number(JsonNode node) {
		if (node == null || !node.isNumber()) {
			return null;
		}
		double value = node.asDouble();
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
	}

	private static String label(JsonNode item) {
		String label = Words.english(item.get("label"));
		return Words.quoted((label == null) ? item.path("id").asString("") : label);
	}

	private static Map<String, JsonNode> byId(JsonNode items) {
		Map<String, JsonNode> byId = new LinkedHashMap<>();
		items.forEach(item -> byId.put(item.path("id").asString(""), item));
		return byId;
	}

}
