package org.candour.open311;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.candour.support.Api;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Talks to a tenant's Open311 endpoint as FixMyStreet's Open311 client does
 * ({@code perllib/Open311.pm}): GETs with {@code jurisdiction_id} (and {@code api_key}
 * where it sends one) in the query, POSTs form-encoded with {@code jurisdiction_id} and
 * {@code api_key} first, and reads XML by element paths as its XML reader does.
 */
final class FixMyStreetClient {

	private final Api api;

	private final String base;

	private final String key;

	private final String address;

	/**
	 * @param address the client's IP address (each test client its own, so the public
	 * endpoints' rate limit counts them apart)
	 */
	FixMyStreetClient(Api api, String tenant, String key, String address) {
		this.api = api;
		this.base = "/open311/" + tenant + "/v2/";
		this.key = key;
		this.address = address;
	}

	Api.Response get(String path, Map<String, String> parameters) {
		Map<String, String> query = new java.util.LinkedHashMap<>(parameters);
		query.putIfAbsent("jurisdiction_id", "county.example");
		return this.api.send("GET", this.base + path + "?" + encode(query), null,
				Map.of("X-Forwarded-For", this.address), null);
	}

	/**
	 * A POST as FixMyStreet sends one: jurisdiction and key first, then the parameters.
	 */
	Api.Response post(String path, List<Map.Entry<String, String>> parameters) {
		List<Map.Entry<String, String>> form = new ArrayList<>();
		form.add(Map.entry("jurisdiction_id", "county.example"));
		if (this.key != null) {
			form.add(Map.entry("api_key", this.key));
		}
		form.addAll(parameters);
		String body = form.stream()
			.map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		return this.api.send("POST", this.base + path, body,
				Map.of("Content-Type", "application/x-www-form-urlencoded", "X-Forwarded-For", this.address), null);
	}

	/** The text of every element at {@code path} (an XPath) of an XML answer. */
	static List<String> xml(Api.Response response, String path) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Document document = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(response.body().asString().getBytes(StandardCharsets.UTF_8)));
			NodeList nodes = (NodeList) XPathFactory.newInstance()
				.newXPath()
				.evaluate(path, document, XPathConstants.NODESET);
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < nodes.getLength(); i++) {
				texts.add(nodes.item(i).getTextContent());
			}
			return texts;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Not XML: " + response.body(), ex);
		}
	}

	private static String encode(Map<String, String> query) {
		return query.entrySet()
			.stream()
			.map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
