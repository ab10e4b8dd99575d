package org.candour.definition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The meta-schemas served at {@code /schemas/} compile with ajv (JSON Schema 2020-12) in
 * strict mode, so editors and tools built on ajv can use them. Runs {@code node} on
 * {@code src/test/ajv/compile.mjs} when that folder's pinned packages are installed
 * ({@code npm ci} there, which {@code .ci/run} does); skipped otherwise, never
 * downloading at test time.
 */
class MetaSchemaStrictModeTests {

	private static final Path AJV = Path.of("src/test/ajv");

	@Test
	void everyMetaSchemaCompilesUnderAjvStrictMode() throws IOException, InterruptedException {
		assumeTrue(Files.isDirectory(AJV.resolve("node_modules/ajv")),
				"ajv is not installed: run npm ci in platform/config-model/src/test/ajv");
		Process node;
		try {
			node = new ProcessBuilder("node", "compile.mjs", "../../main/resources/candour/schemas")
				.directory(AJV.toFile())
				.redirectErrorStream(true)
				.start();
		}
		catch (IOException ex) {
			assumeTrue(false, "node is not on the PATH");
			return;
		}
		assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
		String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(node.exitValue()).as(output).isZero();
		assertThat(output).contains(" compiled, 0 failed");
	}

}
