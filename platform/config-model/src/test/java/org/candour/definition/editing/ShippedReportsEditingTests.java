package org.candour.definition.editing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.candour.definition.ConfigDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every report of every shipped pack, loaded into the report editor and saved unchanged
 * (details, layout columns, each dimension and each measure), is exactly the document it
 * was; its conditions that read as rows write back the same, and its schedules read as
 * words.
 */
class ShippedReportsEditingTests {

	@Test
	void savesEveryShippedReportUnchangedAsItWasWritten() throws IOException {
		List<ConfigDocument> reports = reports();
		assertThat(reports).hasSizeGreaterThan(30);
		for (ConfigDocument report : reports) {
			ObjectNode written = report.content();
			ObjectNode saved = ReportEditor.withDetails(written, ReportEditor.details(written));
			saved = ReportEditor.withColumns(saved, ReportEditor.columns(written));
			for (ReportDimension dimension : ReportEditor.dimensions(written)) {
				saved = ReportEditor.withDimension(saved, dimension.id(), dimension);
			}
			for (ReportMeasure measure : ReportEditor.measures(written)) {
				saved = ReportEditor.withMeasure(saved, measure.id(), measure);
			}
			assertThat(saved).as(report.key()).isEqualTo(written);
			assertThat(saved.toString()).as(report.key() + " in the same order").isEqualTo(written.toString());
		}
	}

	@Test
	void writesBackEveryShippedConditionItReadsAsRows() throws IOException {
		List<JsonNode> read = new ArrayList<>();
		for (ConfigDocument report : reports()) {
			for (ReportMeasure measure : ReportEditor.measures(report.content())) {
				for (JsonNode where : java.util.Arrays.asList(measure.where(), measure.denominatorWhere())) {
					ReportConditions.of(where).ifPresent(rows -> {
						assertThat(rows.schema()).as(report.key() + " " + measure.id()).isEqualTo(where);
						read.add(where);
					});
				}
			}
		}
		assertThat(read).hasSizeGreaterThan(20);
	}

	@Test
	void readsEveryShippedScheduleInWords() throws IOException {
		for (ConfigDocument report : reports()) {
			String schedule = ReportEditor.details(report.content()).schedule();
			if (schedule != null) {
				ReportSchedule words = ReportSchedule.of(schedule);
				assertThat(words.kind()).as(report.key()).isNotEqualTo(ReportSchedule.Kind.CRON);
				assertThat(words.expression()).isEqualTo(schedule);
			}
		}
	}

	private static List<ConfigDocument> reports() throws IOException {
		List<ConfigDocument> reports = new ArrayList<>();
		for (String pack : ShippedConditionsTests.packs()) {
			ShippedPacksWordingTests.pack(pack)
				.stream()
				.filter(document -> document.kind().equals("report"))
				.forEach(reports::add);
		}
		return reports;
	}

}
