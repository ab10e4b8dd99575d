package org.candour.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.candour.api.ApiError;
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
 * snapshot (suppressed), an unfinished run refused as stale with its status, a format the
 * report's definition does not offer refused as not found ({@value #NOT_OFFERED}, with
 * the formats it does offer).
 */
@Component
public class ReportDownloads {

	/** The code of the refusal of a format the report does not offer. */
	public static final String NOT_OFFERED = "report.output-not-offered";

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
		if (!result.offers(format.extension())) {
			throw notOffered(result, format);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, ReportOutputs.contentType(format))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(ReportOutputs.fileName(result, format)).build().toString())
			.body(ReportOutputs.render(result, format, published));
	}

	private static Refusal notOffered(ReportResult result, Format format) {
		List<String> offered = ReportOutputs.offered(result).stream().map(Format::extension).toList();
		String message = "Report '" + result.reportId() + "' is not offered as " + format.extension()
				+ (offered.isEmpty() ? "; it offers no downloads" : "; it offers " + String.join(", ", offered));
		return new Refusal(Refusal.Kind.NOT_FOUND, message, List.of(new ApiError("/format", NOT_OFFERED, message)),
				Map.of("outputs", offered));
	}

}
