package org.candour.definition.pack;

import java.util.Optional;

/** Finds packs by id, so a pack's {@code extends} can be resolved. */
@FunctionalInterface
public interface PackRepository {

	Optional<PackSource> find(String packId);

	static PackRepository directory(java.nio.file.Path root) {
		return id -> {
			java.nio.file.Path folder = root.resolve(id);
			return java.nio.file.Files.isRegularFile(folder.resolve("manifest.json"))
					? Optional.of(PackSource.fromDirectory(folder)) : Optional.empty();
		};
	}

}
