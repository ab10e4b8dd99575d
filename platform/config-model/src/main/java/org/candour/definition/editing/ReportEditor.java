package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edits a report document as an administrator would by hand: its details, and its
 * groupings (dimensions) and figures (measures) added, changed or removed. What the
 * editor does not show (filters, Welsh labels, the layout's rows, a measure's target from
 * the QA policy, suppression…) is kept, and a field is rewritten only when its value
 * changes, so saving what was read leaves the document as it was. The editor never
 * validates: the configuration store does (report.* problems).
 */
public final class ReportEditor {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private ReportEditor() {
	}

	/** A new report counting every case, with its title and one count. */
	public static ObjectNode newReport(String id, String title) {
		ObjectNode content = NODES.objectNode();
		content.put("kind", "report");
		content.put("id", id);
		content.put("title", title);
		ObjectNode count = content.putObject("spec").putArray("measures").addObject();
		count.put("id", "cases");
		count.put("label", "Cases");
		count.put("type", "count");
		return content;
	}

	public static ReportDetails details(JsonNode content) {
		JsonNode spec = content.path("spec");
		JsonNode period = spec.get("period");
		JsonNode layout = spec.get("layout");
		return new ReportDetails(Words.english(content.get("title")), Words.english(spec.get("description")),
				JsonArrays.strings(spec.get("feedbackTypes")), (period == null) ? null : period.path("type").asString(),
				(period == null || !period.has("days")) ? null : period.path("days").asInt(),
				spec.path("schedule").asString(null), (layout == null) ? null : layout.path("type").asString(null),
				spec.has("outputs") ? JsonArrays.strings(spec.get("outputs")) : null);
	}

	public static ObjectNode withDetails(ObjectNode written, ReportDetails details) {
		ObjectNode content = written.deepCopy();
		if (details(written).equals(details)) {
			return content;
		}
		put(content, "title", text(content.get("title"), details.title()));
		ObjectNode spec = content.withObject("/spec");
		put(spec, "description", text(spec.get("description"), details.description()));
		if (!JsonArrays.strings(spec.get("feedbackTypes")).equals(details.feedbackTypes())) {
			put(spec, "feedbackTypes", details.feedbackTypes().isEmpty() ? null : strings(details.feedbackTypes()));
		}
		put(spec, "period", period(details));
		put(spec, "schedule", (details.schedule() == null) ? null : NODES.stringNode(details.schedule()));
		if (details.layoutType() == null) {
			spec.remove("layout");
		}
		else {
			ObjectNode layout = spec.withObject("/layout");
			put(layout, "type", NODES.stringNode(details.layoutType()));
			if (!"crosstab".equals(details.layoutType())) {
				layout.remove("columns");
			}
		}
		put(spec, "outputs", (details.outputs() == null) ? null : strings(details.outputs()));
		return content;
	}

	/** The crosstab's column dimensions; an empty list keeps none. */
	public static ObjectNode withColumns(ObjectNode written, List<String> columns) {
		ObjectNode content = written.deepCopy();
		if (!columns(written).equals(columns)) {
			put(content.withObject("/spec").withObject("/layout"), "columns",
					columns.isEmpty() ? null : strings(columns));
		}
		return content;
	}

	public static List<String> columns(JsonNode content) {
		return JsonArrays.strings(content.path("spec").path("layout").get("columns"));
	}

	public static List<ReportDimension> dimensions(JsonNode content) {
		List<ReportDimension> dimensions = new ArrayList<>();
		content.path("spec").path("dimensions").forEach(node -> dimensions.add(dimension(node)));
		return dimensions;
	}

	/**
	 * The report with {@code dimension} in place of the one with id {@code replacing}, or
	 * added at the end when {@code replacing} is {@code null} (its id made from its label
	 * when it has none).
	 */
	public static ObjectNode withDimension(ObjectNode written, String replacing, ReportDimension dimension) {
		ObjectNode content = written.deepCopy();
		ArrayNode dimensions = content.withObject("/spec").withArray("dimensions");
		ObjectNode node = (replacing == null) ? null : JsonArrays.find(dimensions, "id", replacing);
		if (node == null) {
			node = dimensions.addObject();
			node.put("id", (dimension.id() == null) ? Names.value(dimension.label(), JsonArrays.ids(dimensions, "id"))
					: dimension.id());
		}
		else if (dimension(node).equals(dimension)) {
			return content;
		}
		put(node, "label", text(node.get("label"), dimension.label()));
		put(node, "field", NODES.stringNode(dimension.field()));
		put(node, "orgStructure", string(dimension.orgStructure()));
		put(node, "codeList", string(dimension.codeList()));
		return content;
	}

	/** Without the dimension, nor the layout's mention of it. */
	public static ObjectNode withoutDimension(ObjectNode written, String id) {
		ObjectNode content = written.deepCopy();
		ObjectNode spec = content.withObject("/spec");
		remove(spec.withArray("dimensions"), id);
		if (spec.path("dimensions").isEmpty()) {
			spec.remove("dimensions");
		}
		JsonNode layout = spec.get("layout");
		if (layout != null) {
			for (String part : List.of("rows", "columns")) {
				if (layout.has(part)) {
					ArrayNode ids = ((ObjectNode) layout).withArray(part);
					for (int i = ids.size() - 1; i >= 0; i--) {
						if (id.equals(ids.get(i).asString())) {
							ids.remove(i);
						}
					}
				}
			}
		}
		return content;
	}

	public static List<ReportMeasure> measures(JsonNode content) {
		List<ReportMeasure> measures = new ArrayList<>();
		content.path("spec").path("measures").forEach(node -> measures.add(measure(node)));
		return measures;
	}

	/**
	 * The report with {@code measure} in place of the one with id {@code replacing}, or
	 * added at the end when {@code replacing} is {@code null} (its id made from its label
	 * when it has none).
	 */
	public static ObjectNode withMeasure(ObjectNode written, String replacing, ReportMeasure measure) {
		ObjectNode content = written.deepCopy();
		ArrayNode measures = content.withObject("/spec").withArray("measures");
		ObjectNode node = (replacing == null) ? null : JsonArrays.find(measures, "id", replacing);
		if (node == null) {
			node = measures.addObject();
			node.put("id", (measure.id() == null) ? Names.value(measure.label(), JsonArrays.ids(measures, "id"))
					: measure.id());
		}
		else if (measure(node).equals(measure)) {
			return content;
		}
		put(node, "label", text(node.get("label"), measure.label()));
		put(node, "type", NODES.stringNode(measure.type()));
		put(node, "field", string(measure.field()));
		if (measure.measuresTime()) {
			ObjectNode between = NODES.objectNode();
			between.put("from", measure.from());
			between.put("to", measure.to());
			put(node, "between", between);
		}
		else {
			node.remove("between");
		}
		put(node, "unit", string(measure.unit()));
		put(node, "where", measure.where());
		put(node, "denominatorWhere", measure.denominatorWhere());
		Double target = measure.target();
		if (!Objects.equals(target, number(node.get("target")))) {
			put(node, "target",
					(target == null) ? null : (target == Math.rint(target) && Math.abs(target) < Integer.MAX_VALUE)
							? NODES.numberNode(target.intValue()) : NODES.numberNode(target));
		}
		if (target != null) {
			node.remove("targetFromQaPolicy");
		}
		return content;
	}

	/** Without the measure (the store refuses a report left with none). */
	public static ObjectNode withoutMeasure(ObjectNode written, String id) {
		ObjectNode content = written.deepCopy();
		remove(content.withObject("/spec").withArray("measures"), id);
		return content;
	}

	private static ReportDimension dimension(JsonNode node) {
		return new ReportDimension(node.path("id").asString(null), Words.english(node.get("label")),
				node.path("field").asString(null), node.path("orgStructure").asString(null),
				node.path("codeList").asString(null));
	}

	private static ReportMeasure measure(JsonNode node) {
		JsonNode between = node.get("between");
		return new ReportMeasure(node.path("id").asString(null), Words.english(node.get("label")),
				node.path("type").asString(null), node.path("field").asString(null),
				(between == null) ? null : between.path("from").asString(null),
				(between == null) ? null : between.path("to").asString(null), node.path("unit").asString(null),
				node.get("where"), node.get("denominatorWhere"), number(node.get("target")));
	}

	private static ObjectNode period(ReportDetails details) {
		if (details.periodType() == null) {
			return null;
		}
		ObjectNode period = NODES.objectNode().put("type", details.periodType());
		if (details.periodDays() != null) {
			period.put("days", details.periodDays());
		}
		return period;
	}

	/** The English text, keeping the other languages {@code before} had. */
	private static JsonNode text(JsonNode before, String english) {
		if (english == null || english.isBlank()) {
			return null;
		}
		if (english.equals(Words.english(before))) {
			return before;
		}
		Text was = Text.read(before);
		return Text.of(english, (was == null) ? null : was.welsh()).node(before);
	}

	/** Sets or removes ({@code null}) a field, leaving it untouched when equal. */
	private static void put(ObjectNode node, String name, JsonNode value) {
		if (value == null) {
			node.remove(name);
		}
		else if (!value.equals(node.get(name))) {
			node.set(name, value);
		}
	}

	private static void remove(ArrayNode array, String id) {
		int index = JsonArrays.indexOf(array, "id", id);
		if (index >= 0) {
			array.remove(index);
		}
	}

	private static ArrayNode strings(List<String> values) {
		ArrayNode array = NODES.arrayNode();
		values.forEach(array::add);
		return array;
	}

	private static JsonNode string(String value) {
		return (value == null) ? null : NODES.stringNode(value);
	}

	private static Double number(JsonNode node) {
		return (node == null || !node.isNumber()) ? null : node.asDouble();
	}

}
