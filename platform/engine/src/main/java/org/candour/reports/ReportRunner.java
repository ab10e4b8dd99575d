package org.candour.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.candour.calendar.TenantCalendars;
import org.candour.cases.CaseDocuments;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.OrgStructure;
import org.candour.definition.model.ReportDefinition;
import org.candour.definition.model.ReportSource;
import org.candour.api.Refusal;

import org.springframework.stereotype.Service;

/**
 * Runs a report definition over the current tenant's stored cases, in two steps that a
 * job may split: {@link #accumulate} counts the cases of some of the report's feedback
 * types into a {@link Partial} (per measure, a {@code $match} on the feedback types,
 * period, filters and the measure's condition, grouped by the dimensions), partials
 * merge, and {@link #table} turns the merged figures into the report's table. Org-unit
 * dimensions count by the structure at the time (as each case recorded it) or, when the
 * run names a day, remapped through restructures to that day's structure. Measures:
 * count, percentage, sum, avg, min, max, median (of a numeric field or of the working or
 * calendar days between two events) and distinct; {@code share} and {@code population}
 * when tabled ({@link GroupFigures}). A report over another source than the cases counts
 * that source's records ({@link SourceFacts}) in memory ({@link FactAccumulation}) into
 * the same partial.
 */
@Service
public class ReportRunner {

	private final CaseDocuments cases;

	private final ActiveConfigurations configurations;

	private final TenantCalendars calendars;

	private final SourceFacts facts;

	ReportRunner(CaseDocuments cases, ActiveConfigurations configurations, TenantCalendars calendars,
			SourceFacts facts) {
		this.cases = cases;
		this.configurations = configurations;
		this.calendars = calendars;
		this.facts = facts;
	}

	/**
	 * A run's parameters.
	 *
	 * @param from first day of the period (by received date), or {@code null}
	 * @param to last day of the period, or {@code null}
	 * @param structureOn {@code null} to count org units as they were at the time; else
	 * the day whose structure old units are remapped to
	 * @param structure the tenant's org structure
	 */
	public record Run(LocalDate from, LocalDate to, LocalDate structureOn, OrgStructure structure) {
	}

	/** The report's table over all its cases: one partial, tabled. */
	public ReportTable run(ReportDefinition report, Run run) {
		return table(report, accumulate(report, run, null));
	}

	/**
	 * The figures of the report's cases of some feedback types.
	 * @param feedbackTypes the types of this part (of the report's types when it names
	 * some); {@code null} for all the report's
	 */
	public Partial accumulate(ReportDefinition report, Run run, List<String> feedbackTypes) {
		ReportSource source = report.reportSource();
		if (source != ReportSource.CASES) {
			return new FactAccumulation(report, run).of(this.facts.of(source, run.structure()));
		}
		EventDays days = new EventDays(this.configurations, this.calendars);
		return new Accumulation(this.cases, days, new ReportKeys(report, run), base(report, run, feedbackTypes))
			.of(report.measures());
	}

	/**
	 * The references of the cases behind one figure of the report's table.
	 * @param rowKey the row's dimension values in the definition's order; {@code null}
	 * for the totals
	 * @param denominator for a percentage, the cases of its denominator rather than its
	 * numerator
	 */
	public List<String> casesBehind(ReportDefinition report, Run run, List<String> rowKey,
			ReportDefinition.Measure measure, boolean denominator) {
		if (!report.reportSource().drillDown()) {
			throw Refusal.notFound("The figures of report " + report.id() + " do not list cases");
		}
		EventDays days = new EventDays(this.configurations, this.calendars);
		return new Accumulation(this.cases, days, new ReportKeys(report, run), base(report, run, null))
			.casesBehind(measure, rowKey, denominator);
	}

	/**
	 * The table of merged figures: a row per key, then the totals over all rows. The
	 * dimensions' columns, and the rows' order, follow the layout's rows
	 * ({@link ReportDefinition#dimensionsInRowOrder()}).
	 */
	public ReportTable table(ReportDefinition report, Partial merged) {
		List<ReportDefinition.Dimension> inRowOrder = report.dimensionsInRowOrder();
		List<ReportTable.Column> columns = new ArrayList<>();
		inRowOrder.forEach(dimension -> columns.add(new ReportTable.Column(dimension.id(), "dimension")));
		report.measures().forEach(measure -> columns.add(new ReportTable.Column(measure.id(), "measure")));
		List<ReportTable.Row> rows = new ArrayList<>();
		Map<String, Accumulator> totals = new LinkedHashMap<>();
		merged.rows().forEach((key, figures) -> {
			Map<String, String> named = new LinkedHashMap<>();
			for (int i = 0; i < key.size(); i++) {
				named.put(report.dimensions().get(i).id(), key.get(i));
			}
			Map<String, ReportTable.Figure> values = new LinkedHashMap<>();
			for (ReportDefinition.Measure measure : report.measures()) {
				Accumulator figure = figures.getOrDefault(measure.id(), new Accumulator());
				values.put(measure.id(), figure.figure(measure.type()));
				totals.merge(measure.id(), figure, Accumulator::plus);
			}
			rows.add(new ReportTable.Row(named, values));
		});
		rows.sort(Comparator.comparing(
				(ReportTable.Row row) -> inRowOrder.stream().map(dimension -> row.key().get(dimension.id())).toList(),
				Partial.ROW_ORDER));
		Map<String, ReportTable.Figure> totalFigures = new LinkedHashMap<>();
		for (ReportDefinition.Measure measure : report.measures()) {
			totalFigures.put(measure.id(), totals.getOrDefault(measure.id(), new Accumulator()).figure(measure.type()));
		}
		return new GroupFigures(report).apply(new ReportTable(columns, rows, totalFigures));
	}

	/**
	 * How many cases the report's run selects before its measures' conditions (0 for a
	 * report over another source).
	 */
	public long caseCount(ReportDefinition report, Run run) {
		if (report.reportSource() != ReportSource.CASES) {
			return 0;
		}
		return this.cases.count(base(report, run, null));
	}

	private static Document base(ReportDefinition report, Run run, List<String> feedbackTypes) {
		List<Document> all = new ArrayList<>();
		List<String> types = report.feedbackTypes();
		if (feedbackTypes != null) {
			types = feedbackTypes.stream()
				.filter(type -> report.feedbackTypes().isEmpty() || report.feedbackTypes().contains(type))
				.toList();
		}
		if (!types.isEmpty() || feedbackTypes != null) {
			all.add(new Document("feedbackType", new Document("$in", types)));
		}
		Document received = new Document();
		if (run.from() != null) {
			received.append("$gte", run.from().toString());
		}
		if (run.to() != null) {
			received.append("$lte", run.to().toString());
		}
		if (!received.isEmpty()) {
			all.add(new Document("receivedOn", received));
		}
		report.filters().forEach(filter -> all.add(ReportFilters.of(filter)));
		return and(all);
	}

	static Document and(List<Document> all) {
		List<Document> parts = all.stream().filter(part -> !part.isEmpty()).toList();
		return parts.isEmpty() ? new Document() : (parts.size() == 1) ? parts.get(0) : new Document("$and", parts);
	}

}
