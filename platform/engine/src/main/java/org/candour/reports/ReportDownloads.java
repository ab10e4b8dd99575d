package org.candour.reports;

import java.util.Arrays;
import java.util.Map;

import org.candour.api.Refusal;
import org.candour.reports.output.Format;
import org.candour.reports.output.ReportOutputs;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A run's output as a download, for the API and the pages alike: the format named by its
 * file extension (an unknown one is not found), the run's own result or its published
 * snapshot (suppressed), an unfinished run refused as stale with its status.
 */
@Component
public class ReportDownloads {

	private final ReportRuns runs;

	ReportDownloads(ReportRuns runs) {
		this.runs = runs;
	}

	public ResponseEntity<byte[]> download(String runId, String extension, boolean published) {
		Format format = Arrays.stream(Format.values())
			.filter(each -> each.extension().equals(extension))
			.findFirst()
			.orElseThrow(() -> Refusal.notFound("No output format '" + extension + "'"));
		ReportResult result = published
				? this.runs.publishedResult(runId)
					.orElseThrow(() -> Refusal.notFound("No published report run " + runId))
				: this.runs.result(runId)
					.orElseThrow(() -> Refusal.stale("Run " + runId + " has not finished",
							Map.of("runStatus", this.runs.require(runId).status())));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, ReportOutputs.contentType(format))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(ReportOutputs.fileName(result, format)).build().toString())
			.body(ReportOutputs.render(result, format, published));
	}

}
