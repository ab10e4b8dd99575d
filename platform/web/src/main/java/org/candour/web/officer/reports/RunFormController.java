package org.candour.web.officer.reports;

import java.time.LocalDate;
import java.util.List;

import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.definition.model.ReportDefinition;
import org.candour.definition.model.ReportSource;
import org.candour.reports.ReportRun;
import org.candour.reports.ReportRuns;
import org.candour.tenancy.TenantContext;
import org.candour.web.officer.DateInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The run form of a report: a period (a preset or two dates) and the org structure to
 * count by. A run that starts is followed on its own page (post, redirect, get); a period
 * that is not a real one is shown in the error summary and nothing starts.
 */
@Controller
@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN,
		EndpointRoles.EQUALITY_ANALYST })
class RunFormController {

	private final Reports reports;

	private final ReportRuns runs;

	private final ReportMessages messages;

	private final ReportTime time;

	RunFormController(Reports reports, ReportRuns runs, ReportMessages messages, ReportTime time) {
		this.reports = reports;
		this.runs = runs;
		this.messages = messages;
		this.time = time;
	}

	@GetMapping("/t/{tenant}/reports/{reportId}/run")
	String form(@PathVariable String reportId, Model model) {
		ReportDefinition report = this.reports.require(reportId);
		LocalDate today = this.time.today();
		PeriodPresets.Period custom = PeriodPresets.suggestedCustom(report.period(), today).orElse(null);
		RunForm form = new RunForm(PeriodPresets.suggested(report.period()).slug(),
				DateInput.of("from", (custom == null) ? null : custom.from()),
				DateInput.of("to", (custom == null) ? null : custom.to()),
				report.currentStructure() ? RunForm.CURRENT : RunForm.AT_THE_TIME);
		return show(report, form, List.of(), model);
	}

	@PostMapping("/t/{tenant}/reports/{reportId}/run")
	String start(@PathVariable String reportId, @RequestParam MultiValueMap<String, String> params, Model model) {
		ReportDefinition report = this.reports.require(reportId);
		RunForm form = RunForm.read(params);
		List<FormError> errors = form.errors(PeriodPresets.offered(report.period()), this.messages::text);
		if (!errors.isEmpty()) {
			return show(report, form, errors, model);
		}
		ReportRun run;
		try {
			run = this.runs.start(reportId, form.request(this.time.today()), this.reports.user());
		}
		catch (Refusal refused) {
			if (refused.kind() != Refusal.Kind.MALFORMED) {
				throw refused;
			}
			return show(report, form, List.of(new FormError("period",
					"#period-" + PeriodPresets.THIS_FINANCIAL_YEAR.slug(), refused.getMessage())), model);
		}
		return "redirect:" + ReportPaths.run(TenantContext.require().value(), run.runId());
	}

	private String show(ReportDefinition report, RunForm form, List<FormError> errors, Model model) {
		LocalDate today = this.time.today();
		model.addAttribute("report", report);
		model.addAttribute("reportTitle", Reports.title(report));
		model.addAttribute("description", Reports.description(report));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("fieldErrors", FormError.byField(errors));
		String source = report.reportSource().id();
		model.addAttribute("periodHeading", this.messages.text("reports.run.period." + source));
		model.addAttribute("periodHint", this.messages.text("reports.run.period.hint." + source));
		model.addAttribute("byStructure", report.reportSource() == ReportSource.CASES);
		model.addAttribute("presets",
				PeriodPresets.offered(report.period())
					.stream()
					.map(preset -> new PresetChoice(preset.slug(), label(preset, source), hint(preset, today)))
					.toList());
		model.addAttribute("action", ReportPaths.runForm(TenantContext.require().value(), report.id()));
		model.addAttribute("back", ReportPaths.list(TenantContext.require().value()));
		return "officer/reports/run-form";
	}

	/** A preset's name; "every case" is worded for the report's source. */
	private String label(PeriodPresets preset, String source) {
		return this.messages.text("reports.preset." + preset.slug()
				+ ((preset == PeriodPresets.ALL_TIME && !"cases".equals(source)) ? "." + source : ""));
	}

	private String hint(PeriodPresets preset, LocalDate today) {
		if (preset == PeriodPresets.ALL_TIME || preset == PeriodPresets.CUSTOM) {
			return this.messages.text("reports.preset." + preset.slug() + ".hint");
		}
		PeriodPresets.Period period = preset.period(today).orElseThrow();
		return ReportTime.day(period.from()) + " to " + ReportTime.day(period.to());
	}

	/**
	 * A period radio.
	 *
	 * @param value the preset's slug
	 * @param label its name
	 * @param hint the days it covers today
	 */
	record PresetChoice(String value, String label, String hint) {
	}

}
