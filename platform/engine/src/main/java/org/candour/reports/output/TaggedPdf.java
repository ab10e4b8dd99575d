package org.candour.reports.output;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * An XHTML page as a tagged, accessible PDF (PDF/UA, PDF/A-3a): its language, title and
 * structure tagged, the text set in Liberation Sans (the TrueType font PDFBox ships),
 * embedded so the file reads the same everywhere. Reports and subject access exports
 * render through it.
 */
public final class TaggedPdf {

	private static final String FONT = "org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	/** The font family the page's style must name. */
	public static final String FAMILY = "Liberation Sans";

	private TaggedPdf() {
	}

	/** The page (well-formed XHTML with a title and a language) as a PDF. */
	public static byte[] of(String xhtml) {
		return write(xhtml, document -> {
		});
	}

	static byte[] write(String xhtml, Finish finish) {
		try (PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
				.usePDDocument(document)
				.usePdfUaAccessibility(true)
				.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A)
				.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
				.withProducer("Candour")
				.withHtmlContent(xhtml, null);
			for (int weight : new int[] { 400, 700 }) {
				builder.useFont(TaggedPdf::font, FAMILY, weight, PdfRendererBuilder.FontStyle.NORMAL, true);
			}
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.layout();
				renderer.createPDFWithoutClosing();
			}
			finish.apply(document);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What is done to the document after rendering, before it is saved. */
	interface Finish {

		void apply(PDDocument document) throws IOException;

	}

	private static InputStream font() {
		InputStream font = PDDocument.class.getClassLoader().getResourceAsStream(FONT);
		if (font == null) {
			throw new IllegalStateException("PDFBox no longer ships " + FONT + ": a PDF needs an embedded font");
		}
		return font;
	}

}
