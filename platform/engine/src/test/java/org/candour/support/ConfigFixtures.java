package org.candour.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Configuration documents for tests, read from {@code src/test/resources/configs/}. */
public final class ConfigFixtures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ConfigFixtures() {
	}

	/** The documents of {@code configs/{name}/documents.json}. */
	public static List<ObjectNode> documents(String name) {
		try (InputStream in = ConfigFixtures.class.getResourceAsStream("/configs/" + name + "/documents.json")) {
			List<ObjectNode> documents = new ArrayList<>();
			JSON.readTree(in).forEach(doc -> documents.add((ObjectNode) doc));
			return documents;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static ObjectNode document(String set, String kind, String id) {
		return documents(set).stream()
			.filter(doc -> doc.path("kind").asString().equals(kind) && doc.path("id").asString().equals(id))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * One document of a shipped pack, {@code tenant-configs/{pack}/{file}}, so a test
	 * runs on what the pack ships.
	 */
	public static ObjectNode shipped(String pack, String file) {
		try {
			return (ObjectNode) JSON.readTree(Files.readString(Path.of("../../tenant-configs", pack, file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Puts every document of a set into a tenant's draft through the API. */
	public static void draft(Api api, String tenant, String set) {
		for (JsonNode doc : documents(set)) {
			Api.Response saved = api.put("/api/tenants/" + tenant + "/config/draft/" + doc.path("kind").asString() + "/"
					+ doc.path("id").asString(), doc);
			if (saved.status() != 200) {
				throw new IllegalStateException("Draft refused: " + saved.body());
			}
		}
	}

}
