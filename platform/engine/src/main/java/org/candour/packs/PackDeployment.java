package org.candour.packs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.api.RequestBodies;
import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigPublisher;
import org.candour.config.ConfigVersion;
import org.candour.config.DocumentDiff;
import org.candour.config.DraftManagement;
import org.candour.config.DraftSet;
import org.candour.config.Publication;
import org.candour.definition.ConfigDocument;
import org.candour.definition.Schemas;
import org.candour.definition.normal.Normaliser;
import org.candour.definition.pack.PackLoader;
import org.candour.definition.pack.PackProblem;
import org.candour.definition.pack.PackRepository;
import org.candour.definition.pack.PackSource;
import org.candour.definition.pack.PackValidator;
import org.candour.definition.pack.ResolvedPack;
import org.candour.tenancy.NewTenant;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;

/**
 * Deploys a configuration pack to a tenant: resolves and validates it, then publishes its
 * normalised documents as one new configuration version (and makes the documents as
 * written the draft). A pack with any error deploys nothing; the same content again
 * creates no version; a dry run reports the diff and changes nothing.
 */
@Service
public class PackDeployment {

	private final Schemas schemas;

	private final TenantManagement tenants;

	private final ConfigPublisher publisher;

	private final DraftManagement drafts;

	private final ActiveConfigurations active;

	private final ShippedPacks shipped;

	private final RequestBodies bodies;

	PackDeployment(Schemas schemas, TenantManagement tenants, ConfigPublisher publisher, DraftManagement drafts,
			ActiveConfigurations active, ShippedPacks shipped, RequestBodies bodies) {
		this.schemas = schemas;
		this.bodies = bodies;
		this.tenants = tenants;
		this.publisher = publisher;
		this.drafts = drafts;
		this.active = active;
		this.shipped = shipped;
	}

	/** Deploys one of the packs shipped with Candour. */
	public Deployment deployShipped(String tenant, String packId, boolean createTenant) {
		return deployShipped(tenant, packId, false, createTenant);
	}

	/**
	 * Deploys one of the packs shipped with Candour, or only reports what it would do.
	 */
	public Deployment deployShipped(String tenant, String packId, boolean dryRun, boolean createTenant) {
		PackSource pack = this.shipped.find(packId)
			.orElseThrow(() -> Refusal.notFound("No shipped pack '" + packId + "'"));
		return deploy(tenant, pack, this.shipped, dryRun, createTenant);
	}

	/**
	 * Deploys the pack in an uploaded zip ({@code packId}: which of its packs, if
	 * several).
	 */
	public Deployment deployUpload(String tenant, byte[] zip, String packId, boolean dryRun, boolean createTenant) {
		UploadedPacks uploaded = UploadedPacks.read(zip, this.shipped);
		return deploy(tenant, uploaded.top(packId), uploaded, dryRun, createTenant);
	}

	/**
	 * Makes an uploaded pack's documents, as written, the current tenant's draft (nothing
	 * is published); a dry run reports the diff against the draft and changes nothing.
	 */
	public DraftImport intoDraft(byte[] zip, boolean dryRun) {
		return intoDraft(zip, dryRun, null);
	}

	/**
	 * Makes an uploaded pack's documents the draft, as
	 * {@link #intoDraft(byte[], boolean)} does, only if the draft is still at
	 * {@code expectedRevision} (the {@link DraftImport#revision} of the dry run that was
	 * confirmed): refused as stale when it changed meanwhile, so that nobody's changes
	 * are overwritten unseen.
	 */
	public DraftImport intoDraft(byte[] zip, long expectedRevision) {
		return intoDraft(zip, false, expectedRevision);
	}

	private DraftImport intoDraft(byte[] zip, boolean dryRun, Long expectedRevision) {
		UploadedPacks uploaded = UploadedPacks.read(zip, this.shipped);
		PackSource source = uploaded.top(null);
		ResolvedPack pack = new PackLoader(uploaded, this.schemas).resolve(source);
		List<PackProblem> problems = checked(source, pack, "imported");
		List<ConfigDocument> written = pack.documentsWithDefaults();
		DraftSet draft = this.drafts.draft();
		if (expectedRevision != null && draft.revision() != expectedRevision) {
			throw Refusal.stale("The draft was changed by someone else", Map.of("code", "draft.changed"));
		}
		List<DocumentDiff.Change> diff = DocumentDiff.between(draft.documents(), written);
		if (!dryRun && !diff.isEmpty()) {
			if (expectedRevision == null) {
				this.drafts.replaceAll(written);
			}
			else {
				this.drafts.replaceAll(written, expectedRevision);
			}
		}
		return new DraftImport(pack.id() + "@" + pack.manifest().path("version").asString(""), dryRun, diff,
				warnings(problems), draft.revision(), draft.documents(), written);
	}

	public Deployment deploy(String tenantId, PackSource source, PackRepository bases, boolean dryRun,
			boolean createTenant) {
		ResolvedPack pack = new PackLoader(bases, this.schemas).resolve(source);
		List<PackProblem> problems = checked(source, pack, "deployed");
		List<ConfigDocument> written = pack.documentsWithDefaults();
		List<ConfigDocument> documents = new Normaliser().normalise(written).documents();
		Optional<Tenant> existing = this.tenants.find(tenantId);
		if (existing.isEmpty() && !createTenant) {
			throw Refusal.notFound("No tenant '" + tenantId + "'; deploy with createTenant=true to create it");
		}
		String label = pack.id() + "@" + pack.manifest().path("version").asString("");
		if (existing.isEmpty() && dryRun) {
			return new Deployment(tenantId, label, true, true, true, 0, DocumentDiff.between(List.of(), documents),
					warnings(problems), List.of(), documents);
		}
		Tenant tenant = existing.orElseGet(() -> this.tenants.create(newTenant(tenantId, pack)));
		return TenantContext.callAs(tenant.asCurrent(), () -> {
			List<ConfigDocument> before = this.active.current().map(ConfigVersion::documents).orElse(List.of());
			List<DocumentDiff.Change> diff = DocumentDiff.between(before, documents);
			if (dryRun) {
				int activeNumber = this.active.current().map(ConfigVersion::number).orElse(0);
				return new Deployment(tenantId, label, true, false, !diff.isEmpty(), activeNumber, diff,
						warnings(problems), before, documents);
			}
			Publication publication = this.publisher.publish(documents, "Deployed pack " + label, null);
			if (publication.created()) {
				this.drafts.replaceAll(written);
			}
			return new Deployment(tenantId, label, false, existing.isEmpty(), publication.created(),
					publication.version().number(), diff, warnings(problems), before, documents);
		});
	}

	/** The pack's problems, when none is an error. */
	private List<PackProblem> checked(PackSource source, ResolvedPack pack, String done) {
		List<PackProblem> problems = new PackValidator(this.schemas).validate(pack);
		if (PackValidator.hasErrors(problems)) {
			throw Refusal.rulesBroken("Pack '" + source.name() + "' has errors; nothing was " + done,
					problems.stream()
						.filter(PackProblem::error)
						.map(p -> new ApiError(p.pointer(), p.code(), p.message(), p.file()))
						.toList());
		}
		return problems;
	}

	/**
	 * The tenant a pack creates, from its defaults, checked as a request for it would be.
	 */
	private NewTenant newTenant(String tenantId, ResolvedPack pack) {
		ObjectNode body = tenantBody(tenantId, pack);
		this.bodies.require("tenant", body);
		return new NewTenant(body.path("id").asString(), body.path("name").asString(), body.path("kind").asString(),
				body.path("division").asString());
	}

	private static ObjectNode tenantBody(String tenantId, ResolvedPack pack) {
		ObjectNode body = JsonMapper.builder().build().createObjectNode();
		body.put("id", tenantId);
		body.put("name",
				pack.defaults().path("branding").path("name").asString(pack.manifest().path("title").asString()));
		body.put("kind", pack.defaults().path("kind").asString("other"));
		body.put("division", pack.defaults().path("division").asString("england-and-wales"));
		return body;
	}

	private static List<String> warnings(List<PackProblem> problems) {
		return problems.stream().filter(problem -> !problem.error()).map(PackProblem::toString).toList();
	}

	/**
	 * What a deployment did (or, in a dry run, would do).
	 *
	 * @param tenant the tenant
	 * @param pack {@code id@version}
	 * @param dryRun whether nothing was changed on purpose
	 * @param tenantCreated whether the tenant was (or would be) created
	 * @param changed whether a new version was (or would be) published
	 * @param version the active version afterwards (the current one in a dry run)
	 * @param diff per-document changes against the active version
	 * @param warnings validation warnings, as {@code file:pointer code message}
	 * @param before the documents compared against (the active version's), for pages that
	 * name changed documents by their titles (not part of the API's answer)
	 * @param after the pack's documents as deployed (ditto)
	 */
	public record Deployment(String tenant, String pack, boolean dryRun, boolean tenantCreated, boolean changed,
			int version, List<DocumentDiff.Change> diff, List<String> warnings, @JsonIgnore List<ConfigDocument> before,
			@JsonIgnore List<ConfigDocument> after) {
	}

	/**
	 * What importing a pack into the draft did (or, in a dry run, would do).
	 *
	 * @param pack {@code id@version}
	 * @param dryRun whether nothing was changed on purpose
	 * @param diff per-document changes against the draft
	 * @param warnings validation warnings, as {@code file:pointer code message}
	 * @param revision the revision of the draft compared against, for a page to confirm
	 * the import only if the draft is still as its dry run saw it (not part of the API's
	 * answer)
	 * @param before the draft's documents compared against, for pages that name changed
	 * documents by their titles (ditto)
	 * @param after the pack's documents as imported (ditto)
	 */
	public record DraftImport(String pack, boolean dryRun, List<DocumentDiff.Change> diff, List<String> warnings,
			@JsonIgnore long revision, @JsonIgnore List<ConfigDocument> before,
			@JsonIgnore List<ConfigDocument> after) {
	}

}
