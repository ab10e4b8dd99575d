package org.candour.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.definition.model.ReportDefinition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures worked out across rows: small-number suppression of answer counts, the same
 * rows for every count (one count's visible figure must not give another's withheld one
 * away), shares of the group and population shares from the definition.
 */
class GroupFiguresTests {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	@Test
	void withholdsTheSameRowsForEveryCountSoNoneGivesAnotherAway() {
		// all: 3, 6, 7 → 3 withheld, and 6 with it; stated: 0, 6, 7 → with 6 withheld
		// only, 7 could be worked out from the total, so 7 is withheld too
		ReportTable table = table(row("sex", "a", 3, 0), row("sex", "b", 6, 6), row("sex", "c", 7, 7));

		ReportTable figured = new GroupFigures(report("equality-answers")).apply(table);

		for (ReportTable.Row row : figured.rows()) {
			assertThat(row.values().get("all").withheldFromView()).as(row.key().toString()).isTrue();
			assertThat(row.values().get("stated").withheldFromView()).as(row.key().toString()).isTrue();
			assertThat(row.values().get("share").withheldFromView()).as(row.key().toString()).isTrue();
		}
		assertThat(figured.totals().get("all").value()).isEqualTo(16.0);
	}

	@Test
	void givesSharesOfTheGroupAndThePopulationsShareBeside() {
		ReportTable table = table(row("sex", "female", 7, 7), row("sex", "male", 5, 5), row("age", "18-24", 9, 9));

		ReportTable figured = new GroupFigures(report("equality-answers")).apply(table);

		assertThat(figured.rows().get(0).values().get("share")).isEqualTo(ReportTable.Figure.percentage(7, 12));
		assertThat(figured.rows().get(1).values().get("share")).isEqualTo(ReportTable.Figure.percentage(5, 12));
		assertThat(figured.rows().get(2).values().get("share")).isEqualTo(ReportTable.Figure.percentage(9, 9));
		assertThat(figured.rows().get(0).values().get("population").value()).isEqualTo(51.0);
		assertThat(figured.rows().get(2).values().get("population").value()).as("no figure given").isNull();
	}

	@Test
	void aSourceThatDoesNotSuppressShowsSmallCounts() {
		ReportTable table = table(row("sex", "a", 3, 0), row("sex", "b", 6, 6));

		ReportTable figured = new GroupFigures(report("learning-records")).apply(table);

		assertThat(figured.rows().get(0).values().get("all").value()).isEqualTo(3.0);
		assertThat(figured.rows().get(0).values().get("share")).isEqualTo(ReportTable.Figure.percentage(3, 9));
	}

	private static ReportDefinition report(String source) {
		List<ReportDefinition.Dimension> dimensions = List.of(
				new ReportDefinition.Dimension("question", JSON.stringNode("Question"), "question", null, null),
				new ReportDefinition.Dimension("answer", JSON.stringNode("Answer"), "answer", null, null));
		List<ReportDefinition.Measure> measures = List.of(measure("all", "count"), measure("stated", "count"),
				measure("share", "share"), measure("population", "population"));
		return new ReportDefinition("profile", JSON.stringNode("Profile"), null, List.of(), null, dimensions, measures,
				List.of(), null, List.of(), null, null, source, new ReportDefinition.Population(
						JSON.stringNode("ONS Census 2021"), Map.of("sex", Map.of("female", 51.0, "male", 49.0))));
	}

	private static ReportDefinition.Measure measure(String id, String type) {
		return new ReportDefinition.Measure(id, JSON.stringNode(id), type, null, null, null, null, null, null);
	}

	/** The share counts what "all" counts. */
	private static ReportTable.Row row(String question, String answer, long all, long stated) {
		Map<String, String> key = new LinkedHashMap<>();
		key.put("question", question);
		key.put("answer", answer);
		Map<String, ReportTable.Figure> values = new LinkedHashMap<>();
		values.put("all", ReportTable.Figure.of((double) all));
		values.put("stated", ReportTable.Figure.of((double) stated));
		values.put("share", ReportTable.Figure.of((double) all));
		values.put("population", ReportTable.Figure.of((Double) null));
		return new ReportTable.Row(key, values);
	}

	private static ReportTable table(ReportTable.Row... rows) {
		Map<String, ReportTable.Figure> totals = new LinkedHashMap<>();
		for (String measure : List.of("all", "stated", "share")) {
			totals.put(measure, ReportTable.Figure
				.of(List.of(rows).stream().mapToDouble(row -> row.values().get(measure).value()).sum()));
		}
		totals.put("population", ReportTable.Figure.of((Double) null));
		return new ReportTable(List.of(), List.of(rows), totals);
	}

}
