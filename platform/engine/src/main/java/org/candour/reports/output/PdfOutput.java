package org.candour.reports.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.candour.reports.ReportResult;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The HTML table as a tagged, accessible PDF (PDF/UA, PDF/A-3a): the page's language,
 * title and table structure are tagged, and the text is set in Liberation Sans, the
 * TrueType font PDFBox ships, embedded so the file reads the same everywhere. The chart
 * is left out (its figures are in the table). Its dates and identifier come from the
 * result, so rendering the same result twice gives the same file.
 */
final class PdfOutput {

	private static final String XMP_BASIC = "http://ns.adobe.com/xap/1.0/";

	private static final String PRINT_STYLE = """
			@page { size: A4 landscape; margin: 15mm; }
			body, .govuk-table, .govuk-summary-list { font-family: 'Liberation Sans'; font-size: 10pt; }
			.govuk-main-wrapper { padding: 0; }
			.govuk-heading-l { font-size: 18pt; }
			.govuk-table__caption { font-size: 13pt; }
			.govuk-table { -fs-table-paginate: paginate; width: 100%; }
			.govuk-table__header, .govuk-table__cell { padding: 4pt 8pt 4pt 0; }
			tr { page-break-inside: avoid; }
			""";

	private PdfOutput() {
	}

	static byte[] write(ReportResult result, Figures figures) {
		String html = new HtmlReport(result, figures, CellLinks.NONE).document(false, PRINT_STYLE);
		return TaggedPdf.write(html, document -> fix(document, result));
	}

	/**
	 * The creation date and identifier from the result instead of the clock and a random
	 * number, in both the document information and the XMP metadata, which PDF/A requires
	 * to agree.
	 */
	private static void fix(PDDocument document, ReportResult result) throws IOException {
		if (result.dataAsAt() != null) {
			Calendar asAt = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.UK);
			asAt.setTimeInMillis(result.dataAsAt().toEpochMilli());
			document.getDocumentInformation().setCreationDate(asAt);
			PDMetadata metadata = document.getDocumentCatalog().getMetadata();
			if (metadata != null) {
				metadata.importXMPMetadata(dated(metadata, result.dataAsAt()));
			}
		}
		byte[] id = digest(result.contentHash() + "|" + result.runId());
		COSArray ids = new COSArray();
		ids.add(new COSString(id));
		ids.add(new COSString(id));
		document.getDocument().getTrailer().setItem(COSName.ID, ids);
	}

	/**
	 * The XMP packet with its creation date replaced, edited as XML: PDFBox's XMP parser
	 * does not know the PDF/UA identification schema and would drop or refuse it.
	 */
	private static byte[] dated(PDMetadata metadata, Instant asAt) throws IOException {
		try (InputStream xmp = metadata.exportXMPMetadata()) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Document packet = factory.newDocumentBuilder().parse(xmp);
			NodeList created = packet.getElementsByTagNameNS(XMP_BASIC, "CreateDate");
			for (int i = 0; i < created.getLength(); i++) {
				created.item(i)
					.setTextContent(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(asAt.atOffset(ZoneOffset.UTC)));
			}
			Transformer transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			transformer.transform(new DOMSource(packet), new StreamResult(bytes));
			return bytes.toByteArray();
		}
		catch (ParserConfigurationException | SAXException | TransformerException ex) {
			throw new IOException("The PDF's XMP metadata could not be dated", ex);
		}
	}

	private static byte[] digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			byte[] id = new byte[16];
			System.arraycopy(hash, 0, id, 0, id.length);
			return id;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
