package org.candour.definition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** JSON with object keys sorted, so equal content always has the same text and hash. */
public final class CanonicalJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CanonicalJson() {
	}

	public static String text(JsonNode node) {
		return JSON.writeValueAsString(sorted(node));
	}

	public static String sha256(JsonNode node) {
		return sha256(text(node));
	}

	public static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode sorted(JsonNode node) {
		if (node.isObject()) {
			Map<String, JsonNode> fields = new TreeMap<>();
			node.properties().forEach(entry -> fields.put(entry.getKey(), sorted(entry.getValue())));
			ObjectNode copy = JSON.createObjectNode();
			fields.forEach(copy::set);
			return copy;
		}
		if (node.isArray()) {
			var copy = JSON.createArrayNode();
			node.forEach(item -> copy.add(sorted(item)));
			return copy;
		}
		return node;
	}

}
