package org.candour.definition.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.candour.definition.CanonicalJson;
import org.candour.definition.ConfigDocument;
import org.candour.definition.Schemas;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.Compiler;
import org.candour.definition.normal.Normalised;
import org.candour.definition.normal.Normaliser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guard rail: every pack in the repository's {@code tenant-configs/} is deployable, and
 * its lean documents normalise to canonical documents that normalise to themselves.
 */
class ShippedPacksTests {

	static final Path PACKS = Path.of("../../tenant-configs");

	static Stream<Path> packs() throws IOException {
		try (Stream<Path> folders = Files.list(PACKS)) {
			return folders.filter(folder -> Files.isRegularFile(folder.resolve("manifest.json")))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("packs")
	void everyShippedPackValidates(Path pack) {
		List<PackProblem> errors = PackCheck.check(pack.toAbsolutePath().normalize())
			.stream()
			.filter(PackProblem::error)
			.toList();
		assertThat(errors).as(pack.getFileName().toString()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("packs")
	void everyShippedPackRoundTripsThroughTheNormaliser(Path pack) {
		Path folder = pack.toAbsolutePath().normalize();
		ResolvedPack resolved = new PackLoader(PackRepository.directory(folder.getParent()), new Schemas())
			.resolve(PackSource.fromDirectory(folder));
		Normalised once = new Normaliser().normalise(resolved.documents());
		Normalised twice = new Normaliser().normalise(once.documents());

		assertThat(once.problems()).isEmpty();
		assertThat(hash(twice.documents())).isEqualTo(hash(once.documents()));
	}

	@ParameterizedTest
	@MethodSource("packs")
	void everyShippedPackCompilesIntoTheTypedModel(Path pack) {
		Path folder = pack.toAbsolutePath().normalize();
		ResolvedPack resolved = new PackLoader(PackRepository.directory(folder.getParent()), new Schemas())
			.resolve(PackSource.fromDirectory(folder));
		Compiler compiler = new Compiler(new Schemas());

		Compiler.Compilation compilation = compiler.compile(resolved.documentsWithDefaults());

		assertThat(compilation.report().errors()).isEmpty();
		CompiledConfiguration model = compilation.configuration();
		model.feedbackTypes().values().forEach(type -> {
			assertThat(model.form(type.form())).as(type.id() + " form").isPresent();
			assertThat(model.workflow(type.workflow())).as(type.id() + " workflow").isPresent();
		});
		assertThat(hash(compiler.compile(model.documents()).configuration().documents()))
			.as("compiling the canonical documents again changes nothing")
			.isEqualTo(hash(model.documents()));
	}

	private static String hash(List<ConfigDocument> documents) {
		ArrayNode array = JsonNodeFactory.instance.arrayNode();
		documents.forEach(document -> array.add(document.content()));
		return CanonicalJson.sha256(array);
	}

}
