package org.candour.reports.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Document;
import org.candour.reports.ReportResult;
import org.candour.reports.ReportTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfOutputTests {

	@Test
	void printsTheTitleWhatWasCountedAndTheFigures() throws IOException {
		try (PDDocument pdf = Loader
			.loadPDF(ReportOutputs.render(Results.byAgeAndStatus("crosstab", null), Format.PDF, false))) {
			String text = new PDFTextStripper().getText(pdf);

			assertThat(text).contains("Cases by age group")
				.contains("1 April 2026 to 30 June 2026")
				.contains("Children & young")
				.contains("63.6% (7/11)")
				.contains("52.6% (10/19)");
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Cases by age group");
		}
	}

	@Test
	void isTaggedInEnglishWithItsFontsEmbedded() throws IOException {
		try (PDDocument pdf = Loader
			.loadPDF(ReportOutputs.render(Results.byAgeAndStatus("table", null), Format.PDF, false))) {
			assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
		}
	}

	@Test
	void repeatsTheTableHeadingsOnEveryPage() throws IOException {
		ReportResult byTeam = Results.byTeam("Housing");
		List<ReportTable.Row> rows = IntStream.range(0, 120)
			.mapToObj(i -> new ReportTable.Row(Map.of("team", "team-" + i), byTeam.rows().get(0).values()))
			.toList();
		ReportResult manyTeams = new ReportResult("run-4", "t1", "teams", "Every team", null, 1, byTeam.parameters(),
				byTeam.dataAsAt(), byTeam.columns(), rows, byTeam.totals(), Map.of(), byTeam.layout(), null, null,
				Results.HASH);

		try (PDDocument pdf = Loader.loadPDF(ReportOutputs.render(manyTeams, Format.PDF, false))) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
			PDFTextStripper lastPage = new PDFTextStripper();
			lastPage.setStartPage(pdf.getNumberOfPages());
			assertThat(lastPage.getText(pdf)).contains("Team").contains("team-119").contains("Total");
		}
	}

	@Test
	void publishedPdfsSuppressSmallNumbers() throws IOException {
		try (PDDocument pdf = Loader
			.loadPDF(ReportOutputs.render(Results.byAgeAndStatus("table", 5), Format.PDF, true))) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("fewer than 5")
				.contains("suppressed")
				.doesNotContain("28.6% (2/7)");
		}
	}

	@Test
	void isDatedWhenTheDataIsAsAtAndTheSameEveryTime() throws Exception {
		byte[] first = ReportOutputs.render(Results.byAgeAndStatus("table", null), Format.PDF, false);

		try (PDDocument pdf = Loader.loadPDF(first)) {
			assertThat(pdf.getDocumentInformation().getCreationDate().toInstant())
				.isEqualTo(Instant.parse("2026-07-01T06:30:00Z"));
			assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo("Cases received in the quarter.");
			try (InputStream xmp = pdf.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
				Document metadata = Xml.parse(new String(xmp.readAllBytes(), StandardCharsets.UTF_8));
				assertThat(Xml.texts(metadata, "//*[local-name()='CreateDate']"))
					.containsExactly("2026-07-01T06:30:00Z");
				assertThat(Xml.texts(metadata, "//*[local-name()='description']//*[local-name()='li']"))
					.containsExactly("Cases received in the quarter.");
				assertThat(Xml.texts(metadata, "//*[local-name()='part']")).contains("1", "3");
			}
		}
		assertThat(ReportOutputs.render(Results.byAgeAndStatus("table", null), Format.PDF, false)).isEqualTo(first);
	}

}
