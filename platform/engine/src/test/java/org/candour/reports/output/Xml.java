package org.candour.reports.output;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Outputs read back as XML, as a browser or screen reader would see their structure. */
final class Xml {

	private Xml() {
	}

	static Document parse(String markup) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
			return factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new AssertionError("Not well-formed: " + ex.getMessage() + "\n" + markup, ex);
		}
	}

	/** The fragment wrapped in one element, so it parses as a document. */
	static Document fragment(String markup) {
		return parse("<div>" + markup + "</div>");
	}

	static List<String> texts(Document document, String xpath) {
		try {
			NodeList nodes = (NodeList) XPathFactory.newInstance()
				.newXPath()
				.evaluate(xpath, document, XPathConstants.NODESET);
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < nodes.getLength(); i++) {
				texts.add(nodes.item(i).getTextContent());
			}
			return texts;
		}
		catch (Exception ex) {
			throw new AssertionError(xpath, ex);
		}
	}

}
