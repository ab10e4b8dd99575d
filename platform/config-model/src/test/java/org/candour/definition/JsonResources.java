package org.candour.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads the JSON fixtures under {@code src/test/resources}. */
final class JsonResources {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonResources() {
	}

	static JsonNode parse(String json) {
		return JSON.readTree(json);
	}

	static ObjectNode object(String json) {
		return (ObjectNode) parse(json);
	}

	static ObjectNode read(String resource) {
		return (ObjectNode) readTree(resource);
	}

	static JsonNode readTree(String resource) {
		try (InputStream in = JsonResources.class.getResourceAsStream("/" + resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No test resource " + resource);
			}
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The names of the JSON files in a test resource folder, sorted. */
	static List<String> fileNames(String folder) {
		URL url = JsonResources.class.getResource("/" + folder);
		if (url == null) {
			throw new IllegalArgumentException("No test resource folder " + folder);
		}
		try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".json"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
