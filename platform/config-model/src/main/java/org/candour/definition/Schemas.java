package org.candour.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compiles JSON Schemas with the settings Candour uses everywhere: 2020-12, format
 * assertions on, JSON-pointer paths, and Candour's meta-schemas resolved from the
 * classpath.
 */
public final class Schemas {

	public static final String ID_PREFIX = "https://candour.dev/schemas/";

	private static final String CLASSPATH_PREFIX = "classpath:candour/schemas/";

	private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SchemaRegistry registry;

	private final Map<String, SchemaCheck> byId = new ConcurrentHashMap<>();

	public Schemas() {
		SchemaRegistryConfig config = SchemaRegistryConfig.builder()
			.pathType(PathType.JSON_POINTER)
			.formatAssertionsEnabled(true)
			.build();
		this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				builder -> builder.schemaRegistryConfig(config)
					.schemaLoader(loader -> loader.fetchRemoteResources(false)
						.schemaIdResolvers(resolvers -> resolvers.mapPrefix(ID_PREFIX, CLASSPATH_PREFIX))));
	}

	/** One of Candour's own schemas, e.g. {@code form} or {@code manifest}. */
	public SchemaCheck candour(String name) {
		return this.byId.computeIfAbsent(name,
				key -> new SchemaCheck(this.registry.getSchema(SchemaLocation.of(ID_PREFIX + key + ".schema.json"))));
	}

	/**
	 * The JSON Schema 2020-12 meta-schema: the validator does not check a schema's own
	 * keywords when compiling it, so {@code {"type": 12}} would otherwise pass.
	 */
	private SchemaCheck dialect() {
		return this.byId.computeIfAbsent(DIALECT,
				key -> new SchemaCheck(this.registry.getSchema(SchemaLocation.of(key))));
	}

	/** The raw text of one of Candour's own schemas, to serve to editors. */
	public static JsonNode candourSchemaDocument(String name) {
		try (InputStream in = Schemas.class.getResourceAsStream("/candour/schemas/" + name + ".schema.json")) {
			return in == null ? null : JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Compiles a schema written by a tenant (a form's data schema, a guard, an input
	 * schema).
	 * @throws InvalidSchemaException when it is not a usable schema
	 */
	public SchemaCheck compile(JsonNode schema) {
		List<Violation> violations = dialect().check(schema);
		if (!violations.isEmpty()) {
			Violation first = violations.get(0);
			throw new InvalidSchemaException("Not a JSON Schema at '" + first.pointer() + "': " + first.message());
		}
		try {
			Schema compiled = this.registry.getSchema(schema);
			compiled.validate(JSON.createObjectNode());
			return new SchemaCheck(compiled);
		}
		catch (SchemaException | IllegalArgumentException ex) {
			throw new InvalidSchemaException(ex.getMessage());
		}
	}

	/** A tenant-written schema that cannot be compiled. */
	public static class InvalidSchemaException extends RuntimeException {

		InvalidSchemaException(String message) {
			super(message);
		}

	}

}
