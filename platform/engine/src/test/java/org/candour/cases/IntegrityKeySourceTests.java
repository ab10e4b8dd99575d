package org.candour.cases;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the key that signs case histories comes from. */
class IntegrityKeySourceTests {

	@TempDir
	Path data;

	@Test
	void theEmbeddedDefaultGeneratesAKeyFileInItsDataDirectoryOnceAndKeepsUsingIt() throws Exception {
		MockEnvironment embedded = new MockEnvironment().withProperty("candour.mongodb.embedded.data-dir",
				this.data.toString());
		byte[] first = IntegrityKeySource.load(new IntegritySettings(null, null), embedded);
		Path file = this.data.resolve(IntegrityKeySource.FILE_NAME);
		assertThat(file).exists();
		assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
		assertThat(IntegrityKeySource.load(new IntegritySettings(null, null), embedded)).isEqualTo(first);
		assertThat(new IntegrityKey(first).id()).isEqualTo(new IntegrityKey(first.clone()).id());
	}

	@Test
	void anExternalMongoDbNeedsAConfiguredKey() {
		MockEnvironment external = new MockEnvironment().withProperty("candour.mongodb.uri",
				"mongodb://db.example:27017/candour");
		assertThatThrownBy(() -> IntegrityKeySource.load(new IntegritySettings(null, null), external))
			.hasMessageContaining("candour.integrity.key");
		assertThat(IntegrityKeySource.load(new IntegritySettings("a".repeat(32), null), external)).hasSize(32);
		assertThatThrownBy(() -> IntegrityKeySource.load(new IntegritySettings("too-short", null), external))
			.hasMessageContaining("at least 32");
	}

	@Test
	void aConfiguredKeyFileIsUsedAndCreatedWhenMissing() {
		Path file = this.data.resolve("keys/candour-integrity.key");
		MockEnvironment external = new MockEnvironment().withProperty("candour.mongodb.uri",
				"mongodb://db.example:27017/candour");
		byte[] key = IntegrityKeySource.load(new IntegritySettings(null, file), external);
		assertThat(file).exists();
		assertThat(IntegrityKeySource.load(new IntegritySettings(null, file), external)).isEqualTo(key);
	}

}
