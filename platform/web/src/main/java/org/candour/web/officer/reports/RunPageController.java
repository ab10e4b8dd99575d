package org.candour.web.officer.reports;

import java.util.Optional;

import org.candour.api.EndpointRoles;
import org.candour.reports.ReportResult;
import org.candour.reports.ReportRun;
import org.candour.reports.ReportRuns;
import org.candour.reports.output.ReportOutputs;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One run of a report: its progress while it runs (the page refreshes itself), why it
 * failed (with a restart), or its table with drill-down links, downloads and publishing;
 * and the report's run history below.
 */
@Controller
@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN,
		EndpointRoles.EQUALITY_ANALYST })
class RunPageController {

	/** Seconds between refreshes of a run in progress. */
	static final int REFRESH_SECONDS = 5;

	private static final int HISTORY_SHOWN = 20;

	private static final String NOTICE = "notice";

	private final Reports reports;

	private final ReportRuns runs;

	private final ReportMessages messages;

	private final ReportTime time;

	RunPageController(Reports reports, ReportRuns runs, ReportMessages messages, ReportTime time) {
		this.reports = reports;
		this.runs = runs;
		this.messages = messages;
		this.time = time;
	}

	@GetMapping("/t/{tenant}/reports/runs/{runId}")
	String run(@PathVariable String runId, Model model) {
		String tenant = TenantContext.require().value();
		ReportRun run = this.runs.require(runId);
		Optional<ReportResult> result = this.runs.result(runId);
		model.addAttribute("run", run);
		model.addAttribute("reportTitle",
				result.map(ReportResult::title).orElseGet(() -> this.reports.title(run.reportId())));
		model.addAttribute("status", this.messages.text("reports.status." + run.status()));
		model.addAttribute("tagClass", RunRow.tagClass(run.status()));
		model.addAttribute("period", ReportTime.period(run.parameters()));
		model.addAttribute("structure", this.messages.structure(run.parameters().structure()));
		model.addAttribute("requestedAt", this.time.when(run.requestedAt()));
		model.addAttribute("here", ReportPaths.run(tenant, runId));
		boolean inProgress = ReportRun.QUEUED.equals(run.status()) || ReportRun.RUNNING.equals(run.status());
		model.addAttribute("inProgress", inProgress);
		if (inProgress) {
			model.addAttribute("refreshSeconds", REFRESH_SECONDS);
		}
		model.addAttribute("runFailed", ReportRun.FAILED.equals(run.status()));
		model.addAttribute("mayRestart", this.reports.may(Reports.RESTARTERS));
		model.addAttribute("mayPublish", this.reports.may(Reports.PUBLISHERS) && !run.published());
		model.addAttribute("reportHtml",
				result.map(found -> ReportOutputs.html(found, false, new DrillDownLinks(tenant, found))).orElse(null));
		model.addAttribute("downloads",
				result.map(found -> Download.of(tenant, runId, found, false)).orElse(java.util.List.of()));
		model.addAttribute("runAgain", ReportPaths.runForm(tenant, run.reportId()));
		model.addAttribute("publishedHref", run.published() ? ReportPaths.published(tenant, runId) : null);
		model.addAttribute("publishedListHref", ReportPaths.publishedList(tenant, run.reportId()));
		model.addAttribute("history",
				this.runs.history(run.reportId())
					.stream()
					.limit(HISTORY_SHOWN)
					.map(each -> RunRow.of(tenant, each, this.time, this.messages))
					.toList());
		model.addAttribute("wideLayout", true);
		return "officer/reports/run";
	}

	@PostMapping("/t/{tenant}/reports/runs/{runId}/restart")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.TENANT_ADMIN })
	String restart(@PathVariable String runId, RedirectAttributes redirect) {
		this.runs.restart(runId);
		redirect.addFlashAttribute(NOTICE, this.messages.text("reports.run.restarted"));
		return "redirect:" + ReportPaths.run(TenantContext.require().value(), runId);
	}

	@PostMapping("/t/{tenant}/reports/runs/{runId}/publish")
	@EndpointRoles(EndpointRoles.MANAGER)
	String publish(@PathVariable String runId, RedirectAttributes redirect) {
		this.runs.publish(runId, this.reports.user());
		redirect.addFlashAttribute(NOTICE, this.messages.text("reports.run.published"));
		return "redirect:" + ReportPaths.run(TenantContext.require().value(), runId);
	}

}
