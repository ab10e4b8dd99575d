package org.candour.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.candour.cases.CaseDocuments;
import org.candour.definition.model.ReportDefinition;
import org.candour.definition.model.ReportEvent;
import org.candour.definition.model.WhereCompiler;
import tools.jackson.databind.JsonNode;

/**
 * One report's figures over the cases one {@code $match} selects, measure by measure:
 * counts, sums, minima, maxima, numeric values and distinct values are grouped by the
 * dimensions on the server ({@code $group} with {@code $sum}, {@code $min}, {@code $max},
 * {@code $push}, {@code $addToSet}); the time between two events is counted per case in
 * Java, in the case's working-day calendar. A value of another type than a number is not
 * a value of a sum, avg, min, max or median, so the embedded server and a real MongoDB
 * count the same values.
 */
final class Accumulation {

	private final CaseDocuments cases;

	private final EventDays days;

	private final ReportKeys keys;

	private final Document base;

	private final Map<List<String>, Map<String, Accumulator>> rows = new TreeMap<>(Partial.ROW_ORDER);

	Accumulation(CaseDocuments cases, EventDays days, ReportKeys keys, Document base) {
		this.cases = cases;
		this.days = days;
		this.keys = keys;
		this.base = base;
	}

	Partial of(List<ReportDefinition.Measure> measures) {
		measures.forEach(this::add);
		return new Partial(this.rows);
	}

	private void add(ReportDefinition.Measure measure) {
		String id = measure.id();
		if ("percentage".equals(measure.type())) {
			group(match(measure.where(), null), counted())
				.forEach(group -> figures(group, id).addCount(number(group, "n").longValue()));
			group(match(measure.denominatorWhere(), null), counted())
				.forEach(group -> figures(group, id).addDenominator(number(group, "n").longValue()));
		}
		else if ("distinct".equals(measure.type())) {
			Document recorded = ReportFields.test(measure.field(), new Document("$exists", true).append("$ne", null));
			group(match(measure.where(), recorded),
					new Document("values", new Document("$addToSet", ReportFields.expression(measure.field()))))
				.forEach(group -> figures(group, id).addDistinct(group.getList("values", Object.class)));
		}
		else if (measure.between() != null) {
			between(measure);
		}
		else if (measure.aggregatesValues()) {
			values(measure);
		}
		else {
			group(match(measure.where(), null), counted())
				.forEach(group -> figures(group, id).addCount(number(group, "n").longValue()));
		}
	}

	private void values(ReportDefinition.Measure measure) {
		Document numeric = ReportFields.test(measure.field(),
				new Document("$type", "number").append("$not", new Document("$type", "array")));
		Object value = ReportFields.expression(measure.field());
		Document accumulators = counted().append("sum", new Document("$sum", value))
			.append("min", new Document("$min", value))
			.append("max", new Document("$max", value));
		boolean median = "median".equals(measure.type());
		if (median) {
			accumulators.append("values", new Document("$push", value));
		}
		for (Document group : group(match(measure.where(), numeric), accumulators)) {
			Accumulator figures = figures(group, measure.id());
			figures.addValues(number(group, "n").longValue(), number(group, "sum").doubleValue(),
					number(group, "min").doubleValue(), number(group, "max").doubleValue());
			if (median) {
				figures.keepValues(group.getList("values", Number.class).stream().map(Number::doubleValue).toList());
			}
		}
	}

	private void between(ReportDefinition.Measure measure) {
		Document project = new Document("_id", 0).append("version", "$configVersion")
			.append("from", EventDays.expression(ReportEvent.parse(measure.between().from()).orElseThrow()))
			.append("to", EventDays.expression(ReportEvent.parse(measure.between().to()).orElseThrow()));
		Document key = this.keys.group();
		if (key != null) {
			project.append("key", key);
		}
		boolean median = "median".equals(measure.type());
		for (Document projected : this.cases.aggregate(
				List.of(new Document("$match", match(measure.where(), null)), new Document("$project", project)))) {
			Integer days = this.days.between(projected, measure.unit());
			if (days != null) {
				row(projected.get("key", Document.class), measure.id()).addValue(days, median);
			}
		}
	}

	/**
	 * The references of the cases behind one figure: those the measure's own match
	 * selects (a percentage's numerator, or its denominator), in the row with this key
	 * ({@code null} for the totals), and for a measure of the days between two events
	 * only those with both; the same selection as the figure, so list and figure agree.
	 */
	List<String> casesBehind(ReportDefinition.Measure measure, List<String> rowKey, boolean denominator) {
		JsonNode where = denominator ? measure.denominatorWhere() : measure.where();
		Document also = null;
		if ("distinct".equals(measure.type())) {
			also = ReportFields.test(measure.field(), new Document("$exists", true).append("$ne", null));
		}
		else if (measure.between() == null && measure.aggregatesValues()) {
			also = ReportFields.test(measure.field(),
					new Document("$type", "number").append("$not", new Document("$type", "array")));
		}
		Document project = new Document("reference", 1);
		Document key = this.keys.group();
		if (key != null) {
			project.append("key", key);
		}
		if (measure.between() != null) {
			project.append("version", "$configVersion")
				.append("from", EventDays.expression(ReportEvent.parse(measure.between().from()).orElseThrow()))
				.append("to", EventDays.expression(ReportEvent.parse(measure.between().to()).orElseThrow()));
		}
		List<String> references = new ArrayList<>();
		for (Document projected : this.cases
			.aggregate(List.of(new Document("$match", match(where, also)), new Document("$project", project)))) {
			boolean inRow = rowKey == null || rowKey.equals(this.keys.key(projected.get("key", Document.class)));
			boolean measured = measure.between() == null || this.days.between(projected, measure.unit()) != null;
			if (inRow && measured) {
				references.add(projected.getString("reference"));
			}
		}
		return references;
	}

	private static Document counted() {
		return new Document("n", new Document("$sum", 1));
	}

	private List<Document> group(Document match, Document accumulators) {
		Document group = new Document("_id", this.keys.group());
		group.putAll(accumulators);
		return this.cases.aggregate(List.of(new Document("$match", match), new Document("$group", group)));
	}

	private Document match(JsonNode where, Document also) {
		List<Document> all = new ArrayList<>(List.of(this.base));
		if (where != null) {
			all.add(CaseFilters.of(WhereCompiler.translate(where).condition()));
		}
		if (also != null) {
			all.add(also);
		}
		return ReportRunner.and(all);
	}

	private Accumulator figures(Document group, String measure) {
		return row(group.get("_id", Document.class), measure);
	}

	private Accumulator row(Document id, String measure) {
		return this.rows.computeIfAbsent(this.keys.key(id), unused -> new LinkedHashMap<>())
			.computeIfAbsent(measure, unused -> new Accumulator());
	}

	private static Number number(Document group, String name) {
		return (Number) group.get(name);
	}

}
