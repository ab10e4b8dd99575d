package org.candour.web.officer.reports;

import java.util.List;

import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.definition.model.ReportDefinition;
import org.candour.reports.PublishedReport;
import org.candour.reports.ReportResult;
import org.candour.reports.ReportRuns;
import org.candour.reports.output.ReportOutputs;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A report's published snapshots, and one snapshot as published (small numbers
 * suppressed) with its downloads. Officers read these and nothing else of reports.
 */
@Controller
@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN, EndpointRoles.OFFICER,
		EndpointRoles.EQUALITY_ANALYST })
class PublishedController {

	private static final int SHORT_HASH = 12;

	private final Reports reports;

	private final ReportRuns runs;

	private final ReportTime time;

	PublishedController(Reports reports, ReportRuns runs, ReportTime time) {
		this.reports = reports;
		this.runs = runs;
		this.time = time;
	}

	@GetMapping("/t/{tenant}/reports/{reportId}/published")
	String snapshots(@PathVariable String reportId, Model model) {
		String tenant = TenantContext.require().value();
		List<PublishedReport> published = this.runs.published(reportId);
		ReportDefinition report = this.reports.find(reportId).orElse(null);
		if (report == null && published.isEmpty()) {
			throw Refusal.notFound("No report '" + reportId + "'");
		}
		model.addAttribute("reportTitle", (report == null) ? reportId : Reports.title(report));
		model.addAttribute("snapshots",
				published.stream()
					.map(snapshot -> new Snapshot(ReportPaths.published(tenant, snapshot.runId()),
							ReportTime.period(snapshot.parameters()), snapshot.publishedBy(),
							this.time.when(snapshot.publishedAt()), shortHash(snapshot.contentHash())))
					.toList());
		model.addAttribute("back", ReportPaths.list(tenant));
		model.addAttribute("runHref",
				(report != null && this.reports.reads()) ? ReportPaths.runForm(tenant, reportId) : null);
		return "officer/reports/published";
	}

	@GetMapping("/t/{tenant}/reports/published/{runId}")
	String snapshot(@PathVariable String runId, Model model) {
		String tenant = TenantContext.require().value();
		PublishedReport published = this.runs.publishedRun(runId)
			.orElseThrow(() -> Refusal.notFound("No published report run " + runId));
		ReportResult result = this.runs.publishedResult(runId).orElseThrow();
		model.addAttribute("reportTitle", result.title());
		model.addAttribute("published", published);
		model.addAttribute("publishedAt", this.time.when(published.publishedAt()));
		model.addAttribute("hash", shortHash(published.contentHash()));
		model.addAttribute("reportHtml", ReportOutputs.html(result, true, null));
		model.addAttribute("downloads", Download.of(tenant, runId, result, true));
		model.addAttribute("back", ReportPaths.publishedList(tenant, published.reportId()));
		model.addAttribute("wideLayout", true);
		return "officer/reports/published-run";
	}

	private static String shortHash(String hash) {
		return (hash == null) ? "" : hash.substring(0, Math.min(SHORT_HASH, hash.length()));
	}

	/**
	 * A published snapshot in the list.
	 *
	 * @param href its page
	 * @param period its period in words
	 * @param publishedBy who published it
	 * @param publishedAt when, in words
	 * @param hash the start of its content hash
	 */
	record Snapshot(String href, String period, String publishedBy, String publishedAt, String hash) {
	}

}
