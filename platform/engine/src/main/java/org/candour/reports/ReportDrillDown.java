package org.candour.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.candour.api.Refusal;
import org.candour.cases.CaseDocuments;
import org.candour.cases.CaseScope;
import org.candour.definition.model.ReportDefinition;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Service;

/**
 * The cases behind a figure of a run: selected by the same match and grouped by the same
 * key as the figure itself, so on unchanged cases the list and the figure agree. A viewer
 * confined to some org units sees only the cases of those units, and is told how many
 * others there are.
 */
@Service
public class ReportDrillDown {

	/** The row parameter naming the totals row. */
	public static final String TOTALS = "total";

	private final ReportRuns runs;

	private final RunScope scope;

	private final ReportRunner runner;

	private final CaseDocuments cases;

	private final CaseScope caseScope;

	ReportDrillDown(ReportRuns runs, RunScope scope, ReportRunner runner, CaseDocuments cases,
			Optional<CaseScope> caseScope) {
		this.caseScope = caseScope.orElse(CaseScope.EVERY_CASE);
		this.runs = runs;
		this.scope = scope;
		this.runner = runner;
		this.cases = cases;
	}

	/**
	 * A case as the list shows it.
	 *
	 * @param reference public reference
	 * @param feedbackType feedback type id
	 * @param state workflow state id
	 * @param orgUnit the unit it is about
	 * @param team the team it is allocated to, or {@code null}
	 * @param summary its summary
	 * @param receivedAt when it was received
	 * @param open whether it is open
	 */
	public record CaseSummary(String reference, String feedbackType, String state, String orgUnit, String team,
			String summary, Instant receivedAt, boolean open) {
	}

	/**
	 * The cases behind a figure.
	 *
	 * @param result the run's result (published or not, as asked)
	 * @param row the row, or {@code null} for the totals
	 * @param measure the measure's column
	 * @param denominator whether these are a percentage's denominator cases
	 * @param cases the cases the viewer may see, by reference
	 * @param elsewhere how many more are outside the viewer's org units or the scope of
	 * their roles
	 */
	public record CasesBehind(ReportResult result, ReportTable.Row row, ReportResult.Column measure,
			boolean denominator, List<CaseSummary> cases, int elsewhere) {
	}

	/**
	 * @param row the row's index in the result, or {@value #TOTALS}
	 * @param published from the published snapshot rather than the run's own result
	 * @param units the viewer's org units (with their descendants); {@code null} for all
	 */
	public CasesBehind cases(String runId, String row, String measureId, boolean denominator, boolean published,
			Set<String> units) {
		ReportResult result = (published ? this.runs.publishedResult(runId) : this.runs.result(runId))
			.orElseThrow(() -> Refusal.notFound("No " + (published ? "published " : "finished ") + "run " + runId));
		ReportTable.Row chosen = row(result, row);
		ReportResult.Column measure = result.columns()
			.stream()
			.filter(column -> "measure".equals(column.kind()) && column.id().equals(measureId))
			.findFirst()
			.orElseThrow(() -> Refusal.notFound("No measure " + measureId + " in report " + result.reportId()));
		RunParameters run = new RunParameters(runId, TenantContext.require().value(), result.reportId(),
				result.configVersion(), result.parameters().from(), result.parameters().to(),
				result.parameters().structure(), result.dataAsAt());
		ReportDefinition report = this.scope.definition(run);
		ReportDefinition.Measure defined = report.measures()
			.stream()
			.filter(each -> each.id().equals(measureId))
			.findFirst()
			.orElseThrow();
		List<String> key = (chosen == null) ? null
				: report.dimensions().stream().map(dimension -> chosen.key().get(dimension.id())).toList();
		List<String> references = this.runner.casesBehind(report, this.scope.runnerRun(run), key, defined,
				denominator && "percentage".equals(defined.type()));
		List<CaseSummary> all = summaries(references);
		List<CaseSummary> visible = all.stream()
			.filter(each -> units == null || units.contains(each.orgUnit())
					|| (each.team() != null && units.contains(each.team())))
			.filter(each -> this.caseScope.allows(each.feedbackType(), each.orgUnit(), each.team()))
			.toList();
		return new CasesBehind(result, chosen, measure, denominator && "percentage".equals(defined.type()), visible,
				all.size() - visible.size());
	}

	private static ReportTable.Row row(ReportResult result, String row) {
		if (row == null || TOTALS.equals(row)) {
			return null;
		}
		try {
			int index = Integer.parseInt(row);
			if (index >= 0 && index < result.rows().size()) {
				return result.rows().get(index);
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw Refusal.notFound("No row " + row + " in this report run");
	}

	private List<CaseSummary> summaries(List<String> references) {
		List<CaseSummary> found = new ArrayList<>();
		if (references.isEmpty()) {
			return found;
		}
		Document project = new Document("reference", 1).append("feedbackType", 1)
			.append("state", 1)
			.append("orgUnit", 1)
			.append("team", 1)
			.append("summary", 1)
			.append("receivedAtDate", 1)
			.append("open", 1);
		for (Document stored : this.cases
			.aggregate(List.of(new Document("$match", new Document("reference", new Document("$in", references))),
					new Document("$project", project), new Document("$sort", new Document("reference", 1))))) {
			Date received = stored.getDate("receivedAtDate");
			found.add(new CaseSummary(stored.getString("reference"), stored.getString("feedbackType"),
					stored.getString("state"), stored.getString("orgUnit"), stored.getString("team"),
					stored.getString("summary"), (received == null) ? null : received.toInstant(),
					Boolean.TRUE.equals(stored.getBoolean("open"))));
		}
		return found;
	}

}
