package org.candour.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.security.SecurityEventType;
import org.candour.security.SecurityEvents;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Service;

/**
 * Subject access for the current tenant: find a person's cases, export them as one
 * bundle, read the privacy log. Each export is logged (here and in the security log) with
 * who made it and which cases it held.
 */
@Service
public class SubjectAccess {

	private static final int LOG_LIMIT = 500;

	private final SubjectSearch search;

	private final Dossiers dossiers;

	private final ExportBundle bundle;

	private final PrivacyLog log;

	private final SecurityEvents security;

	private final Actors actors;

	private final Clock clock;

	SubjectAccess(SubjectSearch search, Dossiers dossiers, ExportBundle bundle, PrivacyLog log, SecurityEvents security,
			Actors actors, Optional<Clock> clock) {
		this.search = search;
		this.dossiers = dossiers;
		this.bundle = bundle;
		this.log = log;
		this.security = security;
		this.actors = actors;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * @throws org.candour.api.Refusal 400 for identifiers that cannot be one
	 */
	public Matches find(Identifiers identifiers) {
		return this.search.find(identifiers.checked());
	}

	/**
	 * The bundle of every case the identifiers find, and of the learning records and
	 * remedies whose text mentions the person.
	 * @throws org.candour.api.Refusal 400 for identifiers that cannot be one
	 */
	public Export export(Identifiers identifiers) {
		Identifiers checked = identifiers.checked();
		List<String> references = this.search.find(checked).cases().stream().map(Matches.Case::reference).toList();
		return export(references, identifiers.kinds(), this.search.mentions(checked));
	}

	/**
	 * The bundle of the cases named (the references of chosen matches), with the learning
	 * records and remedies that name them.
	 * @throws org.candour.api.Refusal 422 at {@code /cases/{i}} for a case that does not
	 * exist
	 */
	public Export export(List<String> references, List<String> identifierKinds) {
		return export(references, identifierKinds, List.of());
	}

	private Export export(List<String> references, List<String> identifierKinds, List<Mentions.Mention> mentions) {
		String id = PrivacyLog.newId();
		Instant at = this.clock.instant();
		String by = this.actors.current().name();
		List<Dossier> found = this.dossiers.of(references);
		List<String> exported = found.stream().map(Dossier::reference).toList();
		List<ApiError> unknown = new ArrayList<>();
		for (int i = 0; i < references.size(); i++) {
			if (!exported.contains(references.get(i))) {
				unknown.add(new ApiError("/cases/" + i, "subject-access.case-unknown",
						"There is no case " + references.get(i)));
			}
		}
		if (!unknown.isEmpty()) {
			throw Refusal.rulesBroken("The export names cases that do not exist", unknown);
		}
		byte[] zip = this.bundle.zip(id, TenantContext.require().value(), at, by, found, mentions);
		this.log.record(new PrivacyLogEntry(id, "export", exported, identifierKinds, null, at, by));
		this.security.record(SecurityEventType.SUBJECT_ACCESS_EXPORTED, by, null,
				"exported " + exported.size() + " cases (" + String.join(", ", exported) + "), export " + id);
		return new Export(id, exported, zip);
	}

	/** The privacy log, newest first. */
	public List<PrivacyLogEntry> log() {
		return this.log.newest(LOG_LIMIT);
	}

	/**
	 * One export.
	 *
	 * @param id its id, in the privacy log
	 * @param cases the references of the cases it holds
	 * @param zip the bundle
	 */
	public record Export(String id, List<String> cases, byte[] zip) {

		public String fileName() {
			return "subject-access-" + this.id + ".zip";
		}

	}

}
