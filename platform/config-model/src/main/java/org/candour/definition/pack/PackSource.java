package org.candour.definition.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one pack: relative file name → content. Packs come from folders (CLI,
 * build), from the classpath (demo tenants) or from an uploaded zip (REST).
 *
 * @param name how problems name the pack's folder, e.g. {@code county-council}
 * @param files file name relative to the pack folder → bytes
 */
public record PackSource(String name, Map<String, byte[]> files) {

	public static PackSource fromDirectory(Path directory) {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).toList()) {
				files.put(directory.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read pack " + directory, ex);
		}
		return new PackSource(directory.getFileName().toString(), files);
	}

}
