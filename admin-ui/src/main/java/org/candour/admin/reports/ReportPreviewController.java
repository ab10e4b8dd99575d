package org.candour.admin.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.AdminPaths;
import org.candour.admin.PageProblem;
import org.candour.admin.Texts;
import org.candour.api.EndpointRoles;
import org.candour.config.DraftSet;
import org.candour.definition.CheckedConfiguration;
import org.candour.definition.ConfigDocument;
import org.candour.definition.model.ReportDefinition;
import org.candour.reports.ReportPeriods;
import org.candour.reports.ReportPreview;
import org.candour.reports.output.CellLinks;
import org.candour.reports.output.ReportOutputs;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A report of the draft previewed on the tenant's live cases: the draft compiled, the
 * report counted now by the reporting engine for the period chosen, and shown as the
 * report pages show a run. Nothing is stored or published. A draft the report does not
 * compile from is refused with its problems; an equality report is not previewed here
 * (only its readers may see its figures).
 */
@Controller
@RequestMapping("/t/{tenant}/admin/reports/{id}/preview")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class ReportPreviewController {

	private final ReportDrafts drafts;

	private final ReportPreview preview;

	ReportPreviewController(ReportDrafts drafts, ReportPreview preview) {
		this.drafts = drafts;
		this.preview = preview;
	}

	@GetMapping
	String preview(@PathVariable String id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String structure, Model model,
			HttpServletResponse response) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = ReportDrafts.require(draft, id);
		CheckedConfiguration checked = this.drafts.check(draft);
		String base = AdminPaths.report(TenantContext.require().value(), id);
		model.addAttribute("reportTitle", Texts.english(document.title(), id));
		model.addAttribute("reportUrl", base);
		model.addAttribute("action", base + "/preview");
		model.addAttribute("structure", (structure == null) ? "at-time-of-case" : structure);
		model.addAttribute("structures", ReportChoices.STRUCTURES);
		List<PageProblem> errors = new ArrayList<>(checked.report()
			.errors()
			.stream()
			.filter(problem -> (ReportDrafts.KIND + "/" + id).equals(problem.document()))
			.map(problem -> new PageProblem("report-problems", problem.message()))
			.toList());
		ReportDefinition report = (checked.model() == null) ? null : checked.model().reports().get(id);
		if (errors.isEmpty() && report == null) {
			errors.add(new PageProblem("report-problems",
					"The draft does not compile: fix its problems on the check and publish page first"));
		}
		if (errors.isEmpty() && report.reportSource().equality()) {
			errors.add(new PageProblem("report-problems",
					"Equality reports are not previewed here: only equality analysts, managers and auditors read their figures"));
		}
		if (!errors.isEmpty()) {
			response.setStatus(422);
			model.addAttribute("fromValue", (from == null) ? "" : from);
			model.addAttribute("toValue", (to == null) ? "" : to);
			model.addAttribute("errors", errors);
			return "admin/reports/preview";
		}
		boolean currentStructure = (structure == null) ? report.currentStructure() : "current".equals(structure);
		model.addAttribute("structure", currentStructure ? "current" : "at-time-of-case");
		ReportPeriods.Range chosen = this.preview.defaultPeriod(report, checked.model());
		LocalDate first = (from == null) ? chosen.from() : date(from, "from", errors);
		LocalDate last = (to == null) ? chosen.to() : date(to, "to", errors);
		model.addAttribute("fromValue", (from == null) ? text(first) : from);
		model.addAttribute("toValue", (to == null) ? text(last) : to);
		if (errors.isEmpty() && first != null && last != null && last.isBefore(first)) {
			errors.add(new PageProblem("to", "The last day must be on or after the first day"));
		}
		model.addAttribute("errors", errors);
		if (!errors.isEmpty()) {
			response.setStatus(422);
			return "admin/reports/preview";
		}
		model.addAttribute("reportHtml", ReportOutputs
			.html(this.preview.preview(report, checked.model(), first, last, currentStructure), false, CellLinks.NONE));
		return "admin/reports/preview";
	}

	private static LocalDate date(String text, String field, List<PageProblem> errors) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException bad) {
			errors.add(new PageProblem(field, "Enter the " + ("from".equals(field) ? "first" : "last")
					+ " day as year-month-day, like 2026-04-01, or leave it empty"));
			return null;
		}
	}

	private static String text(LocalDate day) {
		return (day == null) ? "" : day.toString();
	}

}
