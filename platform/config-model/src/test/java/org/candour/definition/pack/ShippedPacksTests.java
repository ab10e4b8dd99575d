package org.candour.definition.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Guard rail: every pack in the repository's {@code tenant-configs/} is deployable. */
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

}
