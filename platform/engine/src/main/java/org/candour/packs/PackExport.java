package org.candour.packs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.candour.config.ConfigVersion;
import org.candour.config.DraftManagement;
import org.candour.config.DraftSet;
import org.candour.config.VersionHistory;
import org.candour.definition.ConfigDocument;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;

/**
 * The current tenant's configuration as a configuration pack (a zip with
 * {@code manifest.json} and one {@code <kind>.<id>.json} per document) that deploys as it
 * is: the draft as its administrators wrote it, or a published version. The manifest
 * carries the tenant's name, kind and division as defaults, so the pack can also create a
 * tenant like it.
 */
@Service
public class PackExport {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final DraftManagement drafts;

	private final VersionHistory versions;

	private final TenantManagement tenants;

	private final Clock clock;

	PackExport(DraftManagement drafts, VersionHistory versions, TenantManagement tenants, Optional<Clock> clock) {
		this.drafts = drafts;
		this.versions = versions;
		this.tenants = tenants;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The draft, as a pack versioned {@code 0.0.0-draft.<revision>}. */
	public Exported draft() {
		DraftSet draft = this.drafts.draft();
		return zip("0.0.0-draft." + draft.revision(), "the draft", draft.documents());
	}

	/** A published version, as a pack versioned {@code <number>.0.0}. */
	public Exported version(int number) {
		ConfigVersion version = this.versions.get(number);
		return zip(number + ".0.0", "version " + number, version.documents());
	}

	private Exported zip(String packVersion, String what, List<ConfigDocument> documents) {
		Tenant tenant = this.tenants.get(TenantContext.require().value());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			put(zip, "manifest.json", manifest(tenant, packVersion, what));
			for (ConfigDocument document : documents) {
				put(zip, document.kind() + "." + document.id() + ".json", document.content());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Exported(tenant.id() + "-" + packVersion + ".zip", bytes.toByteArray());
	}

	private ObjectNode manifest(Tenant tenant, String packVersion, String what) {
		ObjectNode manifest = JSON.createObjectNode();
		manifest.put("id", tenant.id());
		manifest.put("version", packVersion);
		manifest.put("title", tenant.name());
		manifest.put("description", "The configuration of " + tenant.name() + " (" + what + "), exported on "
				+ LocalDate.now(this.clock) + ".");
		ObjectNode defaults = manifest.putObject("defaults");
		defaults.put("kind", tenant.kind());
		defaults.put("division", tenant.division());
		return manifest;
	}

	private static void put(ZipOutputStream zip, String name, Object content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(JSON.writeValueAsBytes(content));
		zip.closeEntry();
	}

	/**
	 * @param fileName a name for the download
	 * @param zip the pack
	 */
	public record Exported(String fileName, byte[] zip) {
	}

}
