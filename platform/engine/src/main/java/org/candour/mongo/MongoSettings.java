package org.candour.mongo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code candour.mongodb.*}: where Candour keeps its data.
 *
 * @param uri a MongoDB connection string; when empty, the embedded server is started
 * @param database the database name (pooled tenants and platform data)
 * @param embedded settings of the embedded server
 */
@ConfigurationProperties("candour.mongodb")
public record MongoSettings(String uri, @DefaultValue("candour") String database, @DefaultValue Embedded embedded) {

	public boolean hasUri() {
		return this.uri != null && !this.uri.isBlank();
	}

	/**
	 * @param backend {@code file} (H2 MVStore under {@code dataDir}) or {@code memory}
	 * @param dataDir directory of the data file {@code candour.mv}
	 * @param fsync whether each commit of the file backend is also forced to the disk
	 * (survives power loss), not only written to the operating system (survives the
	 * process being killed)
	 */
	public record Embedded(@DefaultValue("file") String backend, @DefaultValue("./data") Path dataDir,
			@DefaultValue("true") boolean fsync) {

		public boolean inMemory() {
			return "memory".equalsIgnoreCase(this.backend);
		}

		public Path dataFile() {
			return this.dataDir.resolve("candour.mv");
		}

	}

}
