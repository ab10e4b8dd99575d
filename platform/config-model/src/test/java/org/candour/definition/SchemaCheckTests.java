package org.candour.definition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class SchemaCheckTests {

	private final Schemas schemas = new Schemas();

	@Test
	void escapesTheNameOfAMissingPropertyInItsPointer() {
		SchemaCheck check = this.schemas.compile(JsonResources.parse("""
				{ "type": "object", "properties": { "a": { "required": ["b/c~d"] } } }
				"""));

		assertThat(check.check(JsonResources.parse("{ \"a\": {} }"))).extracting(Violation::pointer, Violation::keyword)
			.containsExactly(tuple("/a/b~1c~0d", "required"));
	}

	@Test
	void compilesATenantSchema() {
		SchemaCheck check = this.schemas.compile(JsonResources.parse("""
				{ "type": "object", "properties": { "when": { "type": "string", "format": "date" } } }
				"""));

		assertThat(check.accepts(JsonResources.parse("{ \"when\": \"2025-03-27\" }"))).isTrue();
		assertThat(check.accepts(JsonResources.parse("{ \"when\": \"2025-02-30\" }"))).isFalse();
	}

	@Test
	void refusesASchemaWithATypeThatIsNotAType() {
		assertThatExceptionOfType(Schemas.InvalidSchemaException.class)
			.isThrownBy(() -> this.schemas.compile(JsonResources.parse("{ \"type\": 12 }")));
	}

	@Test
	void refusesASchemaNestedInPropertiesThatIsNotASchema() {
		assertThatExceptionOfType(Schemas.InvalidSchemaException.class)
			.isThrownBy(() -> this.schemas.compile(JsonResources
				.parse("{ \"type\": \"object\", \"properties\": { \"a\": { \"minLength\": \"ten\" } } }")));
	}

	@Test
	void neverFetchesARemoteSchemaThatATenantReferences() throws Exception {
		java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
		com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer
			.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			byte[] body = "{\"type\":\"string\"}".getBytes();
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		try {
			String ref = "http://127.0.0.1:" + server.getAddress().getPort() + "/x.json";
			assertThatExceptionOfType(Schemas.InvalidSchemaException.class)
				.isThrownBy(() -> this.schemas.compile(JsonResources.parse("{ \"$ref\": \"" + ref + "\" }")));
			assertThat(requests).hasValue(0);
		}
		finally {
			server.stop(0);
		}
	}

}
