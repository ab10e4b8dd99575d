package org.candour.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.OrgUnit;
import org.candour.definition.model.ReportDefinition;
import org.candour.definition.model.ReportSource;
import tools.jackson.databind.JsonNode;

/**
 * What a report shows for its headings and stored values, as the configuration version it
 * ran on names them: column labels, org unit names (every unit the structure ever had, so
 * an old case's unit keeps its name), feedback type titles, the labels of a dimension's
 * code list and the words of other sources' values ({@link SourceLabels}).
 */
final class ReportLabels {

	private ReportLabels() {
	}

	/** The dimensions, in the order of the layout's rows, then the measures. */
	static List<ReportResult.Column> columns(ReportDefinition report) {
		List<ReportResult.Column> columns = new java.util.ArrayList<>();
		report.dimensionsInRowOrder()
			.forEach(dimension -> columns.add(new ReportResult.Column(dimension.id(),
					english(dimension.label(), dimension.id()), "dimension", null, null)));
		report.measures()
			.forEach(measure -> columns.add(new ReportResult.Column(measure.id(),
					english(measure.label(), measure.id()), "measure", measure.type(), measure.target())));
		return columns;
	}

	static Map<String, Map<String, String>> values(ReportDefinition report, CompiledConfiguration model) {
		Map<String, Map<String, String>> labels = new LinkedHashMap<>();
		for (ReportDefinition.Dimension dimension : report.dimensions()) {
			Map<String, String> named = new LinkedHashMap<>();
			if (report.reportSource() != ReportSource.CASES) {
				named.putAll(SourceLabels.of(report.reportSource(), dimension.field(), model));
			}
			if (dimension.codeList() != null) {
				model.codeList(dimension.codeList())
					.ifPresent(list -> list.values()
						.forEach(code -> named.put(code.code(), english(code.label(), code.code()))));
			}
			if (ReportFields.isOrgUnit(dimension.field())) {
				for (OrgUnit unit : model.orgStructure().units()) {
					named.put(unit.id(), english(unit.name(), unit.id()));
				}
			}
			else if ("feedbackType".equals(dimension.field())) {
				model.feedbackTypes().values().forEach(type -> named.put(type.id(), english(type.title(), type.id())));
			}
			if (!named.isEmpty()) {
				labels.put(dimension.id(), named);
			}
		}
		return labels;
	}

	static String english(JsonNode text, String fallback) {
		if (text == null || text.isNull() || text.isMissingNode()) {
			return fallback;
		}
		if (text.isString()) {
			return text.asString();
		}
		return text.path("en").asString(fallback);
	}

	static ReportResult.Layout layout(ReportDefinition report) {
		ReportDefinition.Layout layout = report.layout();
		return (layout == null) ? new ReportResult.Layout("table", List.of(), List.of())
				: new ReportResult.Layout(layout.type(), layout.rows(), layout.columns());
	}

}
