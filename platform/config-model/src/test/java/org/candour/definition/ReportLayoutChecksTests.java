package org.candour.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.definition.model.ReportDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A report's layout names its own dimensions: an unknown row or column dimension and a
 * dimension that is both a row and a column are refused at validation; rows given in
 * another order than the dimensions are accepted, and set the order of the row key
 * columns.
 */
class ReportLayoutChecksTests {

	private static final ConfigSetValidator VALIDATOR = new ConfigSetValidator(new Schemas());

	private static final List<String> KINDS = List.of("feedback-type", "form", "workflow", "org-structure", "calendar",
			"notification-template", "report");

	private final Map<String, ObjectNode> documents = new LinkedHashMap<>();

	@BeforeEach
	void loadConsistentSet() {
		KINDS.forEach(kind -> this.documents.put(kind, JsonResources.read("sets/consistent/" + kind + ".json")));
	}

	@Test
	void acceptsRowsInAnotherOrderThanTheDimensionsAndShowsThemInThatOrder() {
		layout("""
				{"type": "crosstab", "rows": ["decision", "directorate"], "columns": ["month"]}""");

		CheckedConfiguration checked = VALIDATOR.check(set());

		assertThat(checked.report().errors()).isEmpty();
		ReportDefinition report = checked.model().reports().get("stage-1-performance");
		assertThat(report.dimensionsInRowOrder()).extracting(ReportDefinition.Dimension::id)
			.containsExactly("decision", "directorate", "month", "service");
	}

	@Test
	void refusesARowOrColumnThatIsNotADimensionOfTheReport() {
		layout("""
				{"type": "crosstab", "rows": ["directorate", "team"], "columns": ["quarter"]}""");

		assertThat(validate().errors()).extracting(Problem::code, Problem::document, Problem::pointer)
			.containsExactly(tuple("ref.report-dimension-missing", "report/stage-1-performance", "/spec/layout/rows/1"),
					tuple("ref.report-dimension-missing", "report/stage-1-performance", "/spec/layout/columns/0"));
	}

	@Test
	void refusesADimensionThatIsBothARowAndAColumn() {
		layout("""
				{"type": "crosstab", "rows": ["directorate", "month"], "columns": ["month"]}""");

		assertThat(validate().errors()).extracting(Problem::code, Problem::pointer)
			.containsExactly(tuple("report.layout-dimension-twice", "/spec/layout/columns/0"));
	}

	@Test
	void offersTheListedOutputsEveryFormatWhenAbsentAndNoneForAnEmptyList() {
		ReportDefinition listed = VALIDATOR.check(set()).model().reports().get("stage-1-performance");
		((ObjectNode) this.documents.get("report").path("spec")).remove("outputs");
		ReportDefinition unlisted = VALIDATOR.check(set()).model().reports().get("stage-1-performance");
		((ObjectNode) this.documents.get("report").path("spec")).putArray("outputs");
		ReportDefinition none = VALIDATOR.check(set()).model().reports().get("stage-1-performance");

		assertThat(listed.outputs()).containsExactly("csv", "xlsx", "pdf");
		assertThat(unlisted.outputs()).containsExactly("html", "csv", "xlsx", "pdf");
		assertThat(none.outputs()).as("an empty list offers no downloads").isEmpty();
	}

	private void layout(String layout) {
		((ObjectNode) this.documents.get("report").path("spec")).set("layout", JsonResources.parse(layout));
	}

	private ValidationReport validate() {
		return VALIDATOR.validate(set());
	}

	private List<ConfigDocument> set() {
		List<ConfigDocument> set = new ArrayList<>();
		this.documents.values().forEach(content -> set.add(ConfigDocument.of(content)));
		return set;
	}

}
