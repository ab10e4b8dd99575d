package org.candour.config;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.definition.ConfigDocument;
import org.candour.definition.Schemas;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.Compiler;
import org.candour.tenancy.TenantContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Publishes configuration: validates, writes immutable version N+1 completely, then moves
 * the active pointer from N to N+1 with one conditional update. A failure at any point
 * leaves version N active and intact.
 */
@Service
public class ConfigPublisher {

	private final Drafts drafts;

	private final ConfigVersions versions;

	private final ConfigHeads heads;

	private final Compiler compiler;

	private final ConfigSettings settings;

	private final Actors actors;

	private final ApplicationEventPublisher events;

	private final PublicationProbe probe;

	private final Clock clock;

	private final MongoTemplate mongo;

	ConfigPublisher(MongoTemplate mongo, Drafts drafts, ConfigVersions versions, ConfigHeads heads, Schemas schemas,
			ConfigSettings settings, Actors actors, ApplicationEventPublisher events,
			ObjectProvider<PublicationProbe> probe, Optional<Clock> clock) {
		this.mongo = mongo;
		this.drafts = drafts;
		this.versions = versions;
		this.heads = heads;
		this.compiler = new Compiler(schemas);
		this.settings = settings;
		this.actors = actors;
		this.events = events;
		this.probe = probe.getIfAvailable(() -> PublicationProbe.NONE);
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Publishes the draft as the next version; refused under the two-person rule
	 * ({@link PublishApprovals}).
	 */
	public Publication publish(String comment) {
		refuseUnapproved();
		return publish(this.drafts.load().documents(), comment, null);
	}

	/**
	 * Publishes a copy of an old version as the next version, and makes it the draft;
	 * refused under the two-person rule (the version is then copied into the draft, and
	 * its publication asked for).
	 */
	public Publication rollback(int number, String comment) {
		refuseUnapproved();
		ConfigVersion old = this.versions.find(number)
			.filter(version -> version.number() <= this.heads.active())
			.orElseThrow(() -> Refusal.notFound("No configuration version " + number));
		Publication publication = publish(old.documents(),
				comment == null || comment.isBlank() ? "Rollback to version " + number : comment, number);
		this.drafts.change(draft -> new DraftSet(draft.revision(), old.documents()), this.actors.current().name());
		return publication;
	}

	private void refuseUnapproved() {
		if (ApprovalRule.required(this.mongo)) {
			throw Refusal.rulesBroken("A second administrator must approve publications of this tenant",
					List.of(new ApiError("", "publish.approval-required",
							"Ask for the draft to be published; another administrator approves it")));
		}
	}

	/**
	 * Publishes the given documents as the next version (packs use this): their
	 * normalised (canonical) form is validated, hashed and stored.
	 */
	public Publication publish(List<ConfigDocument> written, String comment, Integer rollbackOf) {
		Compiler.Compilation compilation = this.compiler.compile(written);
		if (!compilation.compiled()) {
			throw DraftManagement.refused("The configuration has errors; nothing was published",
					compilation.report().errors());
		}
		CompiledConfiguration model = compilation.configuration();
		String contentHash = ConfigVersion.contentHash(model.documents());
		Instant deadline = this.clock.instant().plus(this.settings.publishWait());
		while (true) {
			int active = this.heads.active();
			Optional<ConfigVersion> current = active == 0 ? Optional.empty() : this.versions.find(active);
			if (current.isPresent() && current.get().contentHash().equals(contentHash)) {
				return new Publication(current.get(), false);
			}
			Instant now = this.clock.instant();
			ConfigHeads.Claim claim = this.heads.claim(active, now, now.minus(this.settings.publishClaimTimeout()));
			if (claim != null) {
				return new Publication(write(claim, model, comment, rollbackOf, current), true);
			}
			if (now.isAfter(deadline)) {
				throw Refusal.stale("Another publication of this tenant is in progress; try again",
						Map.of("activeVersion", active));
			}
			pause();
		}
	}

	private ConfigVersion write(ConfigHeads.Claim claim, CompiledConfiguration model, String comment,
			Integer rollbackOf, Optional<ConfigVersion> previous) {
		ConfigVersion version = ConfigVersion.create(claim.number(), model, this.actors.current().name(),
				this.clock.instant().truncatedTo(ChronoUnit.MILLIS), comment == null ? "" : comment,
				previous.map(ConfigVersion::hash).orElse(""), rollbackOf);
		try {
			this.versions.write(version);
			this.probe.versionWritten(version);
			if (!this.heads.activate(claim, version.hash())) {
				throw Refusal.stale("The publication was overtaken by another one; try again", Map.of());
			}
		}
		catch (RuntimeException ex) {
			this.heads.release(claim);
			throw ex;
		}
		this.events
			.publishEvent(new ConfigPublished(TenantContext.require().id(), version.number(), version.hash(), version));
		return version;
	}

	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to publish", ex);
		}
	}

}
