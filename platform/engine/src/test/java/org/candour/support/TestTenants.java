package org.candour.support;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.candour.tenancy.NewTenant;
import org.candour.config.ConfigPublisher;
import org.candour.config.DraftManagement;
import org.candour.definition.ConfigDocument;
import org.candour.definition.pack.PackRepository;
import org.candour.definition.pack.PackSource;
import org.candour.packs.PackDeployment;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.context.TestComponent;

/**
 * Tenants with a configuration for tests whose subject is not the way configuration is
 * built: registered and published in process (as a pack deployment does), where
 * {@link ConfigFixtures#draft} and the publish endpoint would take a request per
 * document. The same checks apply: the set is validated before it is published.
 */
@TestComponent
public class TestTenants {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TenantManagement tenants;

	private final DraftManagement drafts;

	private final ConfigPublisher publisher;

	private final PackDeployment packs;

	public TestTenants(TenantManagement tenants, DraftManagement drafts, ConfigPublisher publisher,
			PackDeployment packs) {
		this.tenants = tenants;
		this.drafts = drafts;
		this.publisher = publisher;
		this.packs = packs;
	}

	/**
	 * Registers a fresh pooled tenant named with the prefix and deploys a shipped pack
	 * ({@code tenant-configs/{pack}}) to it; returns its id.
	 */
	public String withShippedPack(String prefix, String pack) {
		String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		Path packsFolder = Path.of("../../tenant-configs").toAbsolutePath().normalize();
		this.packs.deploy(id, PackSource.fromDirectory(packsFolder.resolve(pack)),
				PackRepository.directory(packsFolder), false, true);
		return id;
	}

	/**
	 * Registers a fresh pooled tenant whose draft and active version 1 are the documents
	 * of {@code configs/{set}/documents.json}; returns its id.
	 */
	public String withConfiguration(String set) {
		return withConfiguration("Configuration " + set, ConfigFixtures.documents(set));
	}

	/**
	 * Registers a fresh pooled tenant whose draft and active version 1 are the given
	 * documents, published with the comment; returns its id.
	 */
	public String withConfiguration(String comment, List<ObjectNode> configuration) {
		String id = "t-" + UUID.randomUUID().toString().substring(0, 8);
		Tenant tenant = this.tenants
			.create(new NewTenant(id, "Test " + id, "council", "england-and-wales", null, "pooled", null));
		List<ConfigDocument> documents = configuration.stream().map(ConfigDocument::of).toList();
		TenantContext.runAs(tenant.asCurrent(), () -> {
			this.drafts.replaceAll(documents);
			this.publisher.publish(documents, comment, null);
		});
		return id;
	}

}
