package org.candour.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.candour.mongo.EmbeddedDefault;
import org.candour.mongo.MongoSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Where the integrity key comes from: {@code candour.integrity.key}; else the file
 * {@code candour.integrity.key-file}; else, on the embedded default only, a key generated
 * once into {@code integrity.key} in the data directory (and, on the memory backend, one
 * for this run). With an external MongoDB a key must be configured: a generated key kept
 * beside the database would prove nothing.
 */
final class IntegrityKeySource {

	static final String FILE_NAME = "integrity.key";

	private static final int MIN_LENGTH = 32;

	private static final Logger log = LoggerFactory.getLogger(IntegrityKeySource.class);

	private IntegrityKeySource() {
	}

	static byte[] load(IntegritySettings settings, Environment environment) {
		if (StringUtils.hasText(settings.key())) {
			if (settings.key().length() < MIN_LENGTH) {
				throw new IllegalStateException("candour.integrity.key must be at least " + MIN_LENGTH + " characters");
			}
			log.info("Case histories are signed with the configured candour.integrity.key");
			return settings.key().getBytes(StandardCharsets.UTF_8);
		}
		Path file = settings.keyFile();
		if (file == null && EmbeddedDefault.isActive(environment)) {
			MongoSettings.Embedded embedded = Binder.get(environment)
				.bindOrCreate("candour.mongodb", MongoSettings.class)
				.embedded();
			if (embedded.inMemory()) {
				log.info("Case histories are signed with a key generated for this run (memory backend)");
				return random();
			}
			file = embedded.dataDir().resolve(FILE_NAME);
		}
		if (file == null) {
			throw new IllegalStateException(
					"Set candour.integrity.key (environment CANDOUR_INTEGRITY_KEY) to a secret of" + " at least "
							+ MIN_LENGTH + " characters, kept outside the database: it signs case histories."
							+ " Only the embedded default generates one.");
		}
		return readOrCreate(file.toAbsolutePath().normalize());
	}

	static byte[] readOrCreate(Path file) {
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
			if (key.length < MIN_LENGTH) {
				throw new IllegalStateException("The integrity key in " + file + " is shorter than 32 bytes");
			}
			log.info("Case histories are signed with the key in {}", file);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the integrity key " + file, ex);
		}
	}

	private static void create(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		String encoded = Base64.getEncoder().encodeToString(random()) + "\n";
		try {
			Files.writeString(file, encoded, StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.CREATE_NEW);
		}
		catch (FileAlreadyExistsException ex) {
			return;
		}
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the directory's permissions apply
		}
		log.warn("Generated the case-history integrity key {}. Keep a copy apart from backups of the data:"
				+ " without it no history verifies, and anyone holding both it and the data can rewrite histories"
				+ " undetected.", file);
	}

	private static byte[] random() {
		byte[] key = new byte[MIN_LENGTH];
		new SecureRandom().nextBytes(key);
		return key;
	}

}
