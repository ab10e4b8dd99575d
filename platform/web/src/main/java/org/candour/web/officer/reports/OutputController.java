package org.candour.web.officer.reports;

import java.util.Arrays;
import java.util.Map;

import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.reports.ReportResult;
import org.candour.reports.ReportRun;
import org.candour.reports.ReportRuns;
import org.candour.reports.output.Format;
import org.candour.reports.output.ReportOutputs;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A run's output as a download (HTML, CSV, XLSX or PDF). Officers get published runs
 * only, in the published rendering (small numbers suppressed); the others get the
 * internal rendering, or the published one with {@code published=true}. An unknown run is
 * the "page not found" page; one not finished, the conflict page.
 */
@Controller
class OutputController {

	private final ReportRuns runs;

	private final Reports reports;

	OutputController(ReportRuns runs, Reports reports) {
		this.runs = runs;
		this.reports = reports;
	}

	@GetMapping("/t/{tenant}/reports/runs/{runId}/output.{format}")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN, EndpointRoles.OFFICER })
	ResponseEntity<byte[]> output(@PathVariable String runId, @PathVariable String format,
			@RequestParam(defaultValue = "false") boolean published) {
		Format chosen = Arrays.stream(Format.values())
			.filter(each -> each.extension().equals(format))
			.findFirst()
			.orElseThrow(() -> Refusal.notFound("No output format '" + format + "'"));
		boolean asPublished = published || !this.reports.reads();
		ReportResult result = asPublished ? this.runs.publishedResult(runId)
			.orElseThrow(() -> Refusal.notFound("No published report run " + runId)) : finished(runId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, ReportOutputs.contentType(chosen))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(ReportOutputs.fileName(result, chosen)).build().toString())
			.body(ReportOutputs.render(result, chosen, asPublished));
	}

	private ReportResult finished(String runId) {
		ReportRun run = this.runs.require(runId);
		return this.runs.result(runId)
			.orElseThrow(() -> Refusal.stale("Run " + runId + " has not finished", Map.of("runStatus", run.status())));
	}

}
