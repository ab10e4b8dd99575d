package org.candour.admin.reports;

import java.util.List;
import java.util.Locale;

import org.candour.admin.AdminPaths;
import org.candour.admin.PageProblem;
import org.candour.admin.Texts;
import org.candour.config.ActiveConfigurations;
import org.candour.config.DraftSet;
import org.candour.definition.CheckedConfiguration;
import org.candour.definition.ConfigDocument;
import org.candour.definition.editing.ReportConditions;
import org.candour.definition.editing.ReportDimension;
import org.candour.definition.editing.ReportEditor;
import org.candour.definition.editing.ReportMeasure;
import org.candour.definition.model.ReportSource;
import org.candour.tenancy.TenantContext;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The report page: its details form, its groupings and figures as tables with their
 * change and remove actions, where it is used, whether it is published, and the preview
 * form.
 */
@Component
class ReportPage {

	private final ReportDrafts drafts;

	private final ActiveConfigurations configurations;

	ReportPage(ReportDrafts drafts, ActiveConfigurations configurations) {
		this.drafts = drafts;
		this.configurations = configurations;
	}

	String show(Model model, DraftSet draft, ConfigDocument document, DetailsForm form, List<PageProblem> errors) {
		CheckedConfiguration checked = this.drafts.check(draft);
		String base = AdminPaths.report(tenant(), document.id());
		JsonNode content = document.content();
		model.addAttribute("reportTitle", Texts.english(document.title(), document.id()));
		model.addAttribute("base", base);
		model.addAttribute("listUrl", AdminPaths.reports(tenant()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("hash", draft.hashOf(ReportDrafts.KIND, document.id()));
		model.addAttribute("source",
				ReportSource.of(content.path("spec").path("source").asString("cases")).orElse(ReportSource.CASES).id());
		model.addAttribute("typeChoices", ReportRows.typeChoices(draft));
		model.addAttribute("periods", ReportChoices.PERIODS);
		model.addAttribute("schedules", ReportChoices.SCHEDULES);
		model.addAttribute("weekdays", ReportChoices.WEEKDAYS);
		model.addAttribute("layouts", ReportChoices.LAYOUTS);
		model.addAttribute("structures", ReportChoices.STRUCTURES);
		model.addAttribute("outputChoices", ReportChoices.OUTPUTS);
		model.addAttribute("columnChoices",
				ReportEditor.dimensions(content)
					.stream()
					.map(dimension -> new Choice(dimension.id(), dimension.label()))
					.toList());
		model.addAttribute("dimensions",
				ReportEditor.dimensions(content).stream().map(dimension -> dimensionRow(base, dimension)).toList());
		model.addAttribute("measures",
				ReportEditor.measures(content).stream().map(measure -> measureRow(base, measure)).toList());
		model.addAttribute("uses",
				ReportUses.of(checked, document.id(), content.path("spec").path("schedule").asString(null)));
		model.addAttribute("state", ReportRows.state(this.configurations, checked, document));
		return "admin/reports/report";
	}

	private static DimensionRow dimensionRow(String base, ReportDimension dimension) {
		return new DimensionRow(dimension.id(), dimension.label(), ReportChoices.fieldWords(dimension.field()),
				"current".equals(dimension.orgStructure()) ? "Today's structure"
						: "The structure at the time (for org units)",
				base + "/dimensions/" + dimension.id());
	}

	private static MeasureRow measureRow(String base, ReportMeasure measure) {
		String calculation = ReportChoices.words(ReportChoices.MEASURES, measure.type());
		if (measure.measuresTime()) {
			calculation += ": " + (("calendar-days".equals(measure.unit())) ? "calendar" : "working") + " days from "
					+ measure.from() + " to " + measure.to();
		}
		else if (measure.field() != null) {
			calculation += " of " + measure.field();
		}
		return new MeasureRow(measure.id(), measure.label(), calculation, condition(measure.where()),
				(measure.target() == null) ? "None" : number(measure.target()), base + "/measures/" + measure.id());
	}

	static String condition(JsonNode where) {
		if (where == null) {
			return "Every case";
		}
		return ReportConditions.of(where)
			.map(rows -> String.join(
					rows.match() == org.candour.definition.editing.ConditionRows.Match.ANY ? " or " : " and ",
					rows.rows().stream().map(ReportPage::row).toList()))
			.orElse("A condition written in JSON (see the JSON view)");
	}

	private static String row(ReportConditions.Row row) {
		String operator = ReportChoices.words(ReportChoices.OPERATORS, row.operator().name());
		return row.field() + " " + operator + (row.values().isEmpty() ? "" : " " + String.join(", ", row.values()));
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.format(Locale.UK, "%s", value);
	}

	private static String tenant() {
		return TenantContext.require().value();
	}

	/** A grouping as the report page lists it. */
	record DimensionRow(String id, String label, String field, String structure, String href) {
	}

	/** A figure as the report page lists it. */
	record MeasureRow(String id, String label, String calculation, String condition, String target, String href) {
	}

}
