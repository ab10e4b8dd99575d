package org.candour.definition;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON with object keys sorted, so equal content always has the same text and hash. */
public final class CanonicalJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CanonicalJson() {
	}

	public static String text(JsonNode node) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(node, out);
		return out.toString(StandardCharsets.UTF_8);
	}

	/** The SHA-256 of {@link #text}, written straight into the digest. */
	public static String sha256(JsonNode node) {
		MessageDigest digest = sha256Digest();
		write(node, new DigestOutputStream(OutputStream.nullOutputStream(), digest));
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void write(JsonNode node, OutputStream out) {
		try (JsonGenerator generator = JSON.createGenerator(out)) {
			write(node, generator);
		}
	}

	private static void write(JsonNode node, JsonGenerator generator) {
		if (node.isObject()) {
			generator.writeStartObject();
			List<String> names = new ArrayList<>(node.propertyNames());
			Collections.sort(names);
			for (String name : names) {
				generator.writeName(name);
				write(node.get(name), generator);
			}
			generator.writeEndObject();
		}
		else if (node.isArray()) {
			generator.writeStartArray();
			for (JsonNode item : node) {
				write(item, generator);
			}
			generator.writeEndArray();
		}
		else {
			generator.writeTree(node);
		}
	}

	public static String sha256(String text) {
		return HexFormat.of().formatHex(sha256Digest().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static MessageDigest sha256Digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
