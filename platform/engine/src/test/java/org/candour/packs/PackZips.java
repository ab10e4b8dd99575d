package org.candour.packs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips pack folders the way the CLI does: one folder per pack. Public for the server
 * module's tests.
 */
public final class PackZips {

	public static final Path PACKS = Path.of("../../tenant-configs").toAbsolutePath().normalize();

	private PackZips() {
	}

	public static byte[] of(Path... packs) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Path pack : packs) {
				try (Stream<Path> files = Files.walk(pack)) {
					for (Path file : files.filter(Files::isRegularFile).toList()) {
						zip.putNextEntry(new ZipEntry(pack.getFileName() + "/" + pack.relativize(file)));
						zip.write(Files.readAllBytes(file));
						zip.closeEntry();
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A pack extending the shipped base, made of the documents of a test configuration
	 * set.
	 */
	static Path packOf(Path root, String id, String set) throws IOException {
		Path pack = Files.createDirectories(root.resolve(id));
		Files.writeString(pack.resolve("manifest.json"), "{\"id\": \"" + id
				+ "\", \"version\": \"1.0.0\", \"title\": \"Test pack\", \"extends\": \"base-uk-public-body\","
				+ " \"defaults\": {\"kind\": \"council\", \"division\": \"scotland\", \"referencePrefix\": \"TST\","
				+ " \"branding\": {\"name\": \"Test Council\"}}}");
		int i = 0;
		for (var document : org.candour.support.ConfigFixtures.documents(set)) {
			if (!"calendar".equals(document.path("kind").asString())) {
				Files.writeString(pack.resolve("doc-" + i++ + ".json"), document.toString());
			}
		}
		return pack;
	}

}
