package org.candour.privacy;

import java.time.Instant;
import java.util.List;

import org.candour.cases.HistoryEntry;
import org.candour.reports.output.TaggedPdf;
import org.candour.surveys.LinkedSurveyAnswers;
import tools.jackson.databind.JsonNode;

/**
 * The readable part of a subject access export: one XHTML page, rendered as a tagged PDF,
 * with a section per case — its details, the person's contact details, the history with
 * its notes, what was sent to them, the files' names, learning, remedies and the survey
 * answers they linked to it.
 */
final class ExportDocument {

	private static final String STYLE = "@page { size: A4; margin: 15mm; } body { font-family: '" + TaggedPdf.FAMILY
			+ "'; font-size: 10pt; } h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 16pt; }"
			+ " h3 { font-size: 11pt; } table { width: 100%; border-collapse: collapse; }"
			+ " th, td { text-align: left; vertical-align: top; padding: 2pt 6pt 2pt 0; border-bottom: 0.5pt solid #b1b4b6; }"
			+ " tr { page-break-inside: avoid; }";

	private final StringBuilder html = new StringBuilder();

	private ExportDocument() {
	}

	static byte[] pdf(String exportId, String tenant, Instant at, String by, List<Dossier> dossiers,
			List<Mentions.Mention> mentions) {
		return TaggedPdf.of(xhtml(exportId, tenant, at, by, dossiers, mentions));
	}

	static String xhtml(String exportId, String tenant, Instant at, String by, List<Dossier> dossiers,
			List<Mentions.Mention> mentions) {
		ExportDocument page = new ExportDocument();
		page.raw(
				"<!DOCTYPE html><html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/>");
		page.tag("title", "Subject access export " + exportId).raw("<style>" + STYLE + "</style></head><body>");
		page.tag("h1", "Subject access export");
		page.tag("p",
				"Everything " + tenant + " holds about the person on " + dossiers.size()
						+ (dossiers.size() == 1 ? " case" : " cases") + ". Exported " + at + " by " + by + " (export "
						+ exportId + ").");
		dossiers.forEach(page::dossier);
		if (!mentions.isEmpty()) {
			page.tag("h2", "Other records that mention the person");
			page.list("Learning records and remedies, whichever case they name",
					mentions.stream()
						.map(mention -> (mention.kind().equals("remedy") ? "Remedy " : "Learning record ")
								+ mention.id() + " (case " + String.join(", ", mention.cases()) + "): "
								+ String.join(" — ", mention.text().values()))
						.toList());
		}
		return page.raw("</body></html>").html.toString();
	}

	private void dossier(Dossier dossier) {
		tag("h2", "Case " + dossier.reference());
		raw("<table><tbody>");
		row("Feedback type", dossier.feedbackType());
		row("State", dossier.state());
		row("Received", String.valueOf(dossier.receivedAt()));
		row("Closed", (dossier.closedAt() == null) ? "not closed" : dossier.closedAt().toString());
		row("Summary", dossier.summary());
		raw("</tbody></table>");
		fields("Contact details", dossier.people());
		fields("What the case records", dossier.data());
		fields("Outcome", dossier.outcome());
		history(dossier.history());
		list("Sent to the person",
				dossier.notifications()
					.stream()
					.map(n -> n.createdAt() + " — " + n.subject() + ": " + n.body())
					.toList());
		list("Files (in the attachments folder)",
				dossier.attachments()
					.stream()
					.map(file -> file.fileName() + " (" + file.contentType() + ", " + file.size() + " bytes)")
					.toList());
		list("Learning recorded from the case",
				dossier.learning().stream().map(record -> record.id() + ": " + record.statement()).toList());
		list("Remedies",
				dossier.remedies()
					.stream()
					.map(remedy -> remedy.id() + ": " + remedy.description() + " (" + remedy.state() + ")")
					.toList());
		surveyAnswers(dossier.surveyAnswers());
	}

	private void surveyAnswers(List<LinkedSurveyAnswers.Response> responses) {
		tag("h3", "Survey answers linked to the case");
		if (responses.isEmpty()) {
			tag("p", "None.");
			return;
		}
		for (LinkedSurveyAnswers.Response response : responses) {
			tag("p", "Answered " + response.answeredAt() + " (survey " + response.form() + ")");
			raw("<table><tbody>");
			response.answers()
				.forEach(answer -> row(answer.title(),
						(answer.chosen() == null) ? answer.answer() : answer.chosen() + " (" + answer.answer() + ")"));
			raw("</tbody></table>");
		}
	}

	private void history(List<HistoryEntry> history) {
		tag("h3", "History");
		raw("<table><thead><tr><th scope=\"col\">When</th><th scope=\"col\">Who</th><th scope=\"col\">What</th>"
				+ "<th scope=\"col\">Comment</th></tr></thead><tbody>");
		for (HistoryEntry entry : history) {
			raw("<tr>").tag("td", String.valueOf(entry.at()))
				.tag("td", entry.by())
				.tag("td", entry.action())
				.tag("td", entry.comment() == null ? "" : entry.comment())
				.raw("</tr>");
		}
		raw("</tbody></table>");
	}

	private void fields(String heading, JsonNode values) {
		tag("h3", heading);
		if (values == null || values.isEmpty()) {
			tag("p", "None.");
			return;
		}
		raw("<table><tbody>");
		rows("", values);
		raw("</tbody></table>");
	}

	private void rows(String path, JsonNode value) {
		if (value.isObject()) {
			value.properties()
				.forEach(entry -> rows(path.isEmpty() ? entry.getKey() : path + " › " + entry.getKey(),
						entry.getValue()));
		}
		else if (value.isArray()) {
			for (int i = 0; i < value.size(); i++) {
				rows(path + " › " + (i + 1), value.get(i));
			}
		}
		else {
			row(path, value.asString(""));
		}
	}

	private void list(String heading, List<String> items) {
		tag("h3", heading);
		if (items.isEmpty()) {
			tag("p", "None.");
			return;
		}
		raw("<ul>");
		items.forEach(item -> tag("li", item));
		raw("</ul>");
	}

	private void row(String label, String value) {
		raw("<tr><th scope=\"row\">").text(label).raw("</th><td>").text(value == null ? "" : value).raw("</td></tr>");
	}

	private ExportDocument tag(String name, String text) {
		return raw("<" + name + ">").text(text).raw("</" + name + ">");
	}

	private ExportDocument raw(String markup) {
		this.html.append(markup);
		return this;
	}

	private ExportDocument text(String text) {
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> this.html.append("&lt;");
				case '>' -> this.html.append("&gt;");
				case '&' -> this.html.append("&amp;");
				case '"' -> this.html.append("&quot;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t') {
						this.html.append(c);
					}
				}
			}
		}
		return this;
	}

}
