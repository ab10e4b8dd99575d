package org.candour.reports;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.api.RequestBodies;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Running reports over HTTP: start a run (202, it runs as a Spring Batch job), read its
 * status and table, restart one that stopped, publish it, list a report's published
 * snapshots. Managers, auditors and tenant administrators run and read; officers read
 * published snapshots only; a report over equality answers is run and read only by
 * equality analysts, managers and auditors ({@link ReportAccess}).
 */
@RestController
@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN })
@RequestMapping("/api/tenants/{tenant}/reports")
class ReportRunController {

	/**
	 * Who reads every run, not only published ones (an equality analyst only the runs of
	 * reports over equality answers: {@link ReportAccess}).
	 */
	static final List<String> READERS = List.of(EndpointRoles.MANAGER, EndpointRoles.AUDITOR,
			EndpointRoles.TENANT_ADMIN, EndpointRoles.EQUALITY_ANALYST);

	private final ReportRuns runs;

	private final RequestBodies bodies;

	private final Actors actors;

	private final ReportDownloads downloads;

	ReportRunController(ReportRuns runs, RequestBodies bodies, Actors actors, ReportDownloads downloads) {
		this.runs = runs;
		this.bodies = bodies;
		this.actors = actors;
		this.downloads = downloads;
	}

	@PostMapping("/{reportId}/runs")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN,
			EndpointRoles.EQUALITY_ANALYST })
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = false,
			description = "Period (by case received date) and structure mode; schema report-run-request",
			content = @Content(schema = @Schema(implementation = RunRequest.class)))
	ResponseEntity<RunStarted> start(@PathVariable String tenant, @PathVariable String reportId,
			@RequestBody(required = false) JsonNode body) {
		JsonNode request = (body == null) ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode() : body;
		this.bodies.require("report-run-request", request);
		ReportRun run = this.runs.start(reportId,
				new ReportRuns.Request(date(request.path("period").path("from")),
						date(request.path("period").path("to")), request.path("structure").asString(null),
						request.has("period")),
				this.actors.current().name());
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create("/api/tenants/" + tenant + "/reports/runs/" + run.runId()))
			.body(new RunStarted(run.runId(), run.status()));
	}

	@GetMapping("/runs")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN,
			EndpointRoles.EQUALITY_ANALYST })
	List<RunView> history() {
		return this.runs.history(null).stream().map(run -> RunView.of(run, null)).toList();
	}

	@GetMapping("/runs/{runId}")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN, EndpointRoles.OFFICER,
			EndpointRoles.EQUALITY_ANALYST })
	RunView run(@PathVariable String runId) {
		if (!this.actors.current().hasAnyRole(READERS)) {
			ReportRun run = this.runs.publishedRun(runId)
				.flatMap(published -> this.runs.find(runId))
				.orElseThrow(() -> Refusal.notFound("No published report run " + runId));
			return RunView.of(run, this.runs.publishedResult(runId).orElseThrow());
		}
		ReportRun run = this.runs.require(runId);
		return RunView.of(run, this.runs.result(runId).orElse(null));
	}

	/**
	 * A finished run rendered as a download. Officers get published runs only, always in
	 * the published rendering (small numbers suppressed); others get the internal
	 * rendering, or the published one with {@code published=true}.
	 */
	@GetMapping("/runs/{runId}/output.{format}")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN, EndpointRoles.OFFICER,
			EndpointRoles.EQUALITY_ANALYST })
	ResponseEntity<byte[]> output(@PathVariable String runId, @PathVariable String format,
			@RequestParam(defaultValue = "false") boolean published) {
		return this.downloads.download(runId, format, published || !this.actors.current().hasAnyRole(READERS));
	}

	@PostMapping("/runs/{runId}/restart")
	ResponseEntity<RunStarted> restart(@PathVariable String runId) {
		ReportRun run = this.runs.restart(runId);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(new RunStarted(run.runId(), run.status()));
	}

	@PostMapping("/runs/{runId}/publish")
	@EndpointRoles(EndpointRoles.MANAGER)
	PublishedReport publish(@PathVariable String runId) {
		return this.runs.publish(runId, this.actors.current().name());
	}

	@GetMapping("/{reportId}/published")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN, EndpointRoles.OFFICER,
			EndpointRoles.EQUALITY_ANALYST })
	List<PublishedReport> published(@PathVariable String reportId) {
		return this.runs.published(reportId);
	}

	/** What a run counts (documents the body; checked against report-run-request). */
	record RunRequest(Period period, @Schema(allowableValues = {
			"at-the-time", "current" }) String structure){

		record Period(@Schema(format = "date") String from, @Schema(format = "date") String to) {
		}

	}

	/** A run accepted: where to follow it. */
	record RunStarted(String runId, String status) {
	}

	private static LocalDate date(JsonNode node) {
		return (node.isMissingNode() || node.isNull()) ? null : LocalDate.parse(node.asString());
	}

}
