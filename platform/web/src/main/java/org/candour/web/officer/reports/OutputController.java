package org.candour.web.officer.reports;

import org.candour.api.EndpointRoles;
import org.candour.reports.ReportDownloads;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A run's output as a download (HTML, CSV, XLSX or PDF). Officers get published runs
 * only, in the published rendering (small numbers suppressed); the others get the
 * internal rendering, or the published one with {@code published=true}. An unknown run,
 * an unknown format and a format the report does not offer are the "page not found" page;
 * a run not finished, the conflict page.
 */
@Controller
class OutputController {

	private final ReportDownloads downloads;

	private final Reports reports;

	OutputController(ReportDownloads downloads, Reports reports) {
		this.downloads = downloads;
		this.reports = reports;
	}

	@GetMapping("/t/{tenant}/reports/runs/{runId}/output.{format}")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN, EndpointRoles.OFFICER,
			EndpointRoles.EQUALITY_ANALYST })
	ResponseEntity<byte[]> output(@PathVariable String runId, @PathVariable String format,
			@RequestParam(defaultValue = "false") boolean published) {
		return this.downloads.download(runId, format, published || !this.reports.reads());
	}

}
