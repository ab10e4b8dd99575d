package org.candour.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.candour.api.Actors;
import org.candour.api.Refusal;
import org.candour.cases.CaseErasure;
import org.candour.cases.CaseRedactions;
import org.candour.cases.CaseReference;
import org.candour.cases.PeopleParts;
import org.candour.security.SecurityEventType;
import org.candour.security.SecurityEvents;

import org.springframework.stereotype.Service;

/**
 * Erases a person (every closed case whose people part is theirs, by person id) and
 * redacts single fields, each with a reason, in the privacy log and the security log.
 */
@Service
public class Erasure {

	private final PeopleParts people;

	private final CaseErasure erasure;

	private final CaseRedactions redactions;

	private final PrivacyLog log;

	private final SecurityEvents security;

	private final Actors actors;

	private final Clock clock;

	Erasure(PeopleParts people, CaseErasure erasure, CaseRedactions redactions, PrivacyLog log, SecurityEvents security,
			Actors actors, Optional<Clock> clock) {
		this.people = people;
		this.erasure = erasure;
		this.redactions = redactions;
		this.log = log;
		this.security = security;
		this.actors = actors;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * @throws Refusal 400 without a reason, 404 when no case holds the person
	 */
	public Result erase(String personId, String reason) {
		String why = required(reason, "/reason", "erasure.reason-missing", "Give the reason for the erasure");
		List<String> references = new ArrayList<>();
		this.people.forEach(part -> {
			if (PersonIds.of(part.caseId(), part.contact()).equals(personId)) {
				references.add(part.reference());
			}
		});
		if (references.isEmpty()) {
			throw Refusal.notFound("No case holds the details of person " + personId);
		}
		Instant at = this.clock.instant();
		String by = this.actors.current().name();
		List<String> erased = new ArrayList<>();
		List<Kept> kept = new ArrayList<>();
		for (String reference : references.stream().sorted().toList()) {
			CaseErasure.Outcome outcome = this.erasure.erase(new CaseReference(reference), why, by, at);
			if (outcome == CaseErasure.Outcome.ERASED) {
				erased.add(reference);
			}
			else if (outcome != CaseErasure.Outcome.NOT_FOUND) {
				kept.add(new Kept(reference, outcome.name().toLowerCase(Locale.ROOT).replace('_', '-')));
			}
		}
		this.log.record(new PrivacyLogEntry(PrivacyLog.newId(), "erasure", erased, List.of(), why, at, by));
		this.security.record(SecurityEventType.PERSON_ERASED, by, null,
				"erased person " + personId + " from " + erased.size() + " cases (" + String.join(", ", erased) + ")");
		return new Result(personId, erased, kept);
	}

	/**
	 * @throws Refusal 400 without a pointer or reason; else as
	 * {@link CaseRedactions#redact}
	 */
	public void redact(String reference, String pointer, String reason) {
		String field = required(pointer, "/pointer", "redaction.pointer-missing",
				"Give the JSON pointer of the field to redact, like /data/details");
		String why = required(reason, "/reason", "redaction.reason-missing", "Give the reason for the redaction");
		Instant at = this.clock.instant();
		String by = this.actors.current().name();
		this.redactions.redact(new CaseReference(reference), field, why, by, at);
		this.log.record(
				new PrivacyLogEntry(PrivacyLog.newId(), "redaction", List.of(reference), List.of(field), why, at, by));
		this.security.record(SecurityEventType.CASE_FIELD_REDACTED, by, null,
				"redacted " + field + " of case " + reference);
	}

	private static String required(String value, String pointer, String code, String message) {
		if (value == null || value.isBlank()) {
			throw Refusal.malformed(pointer, code, message);
		}
		return value.strip();
	}

	/**
	 * What an erasure did.
	 *
	 * @param person the person's id
	 * @param erased the cases their details were erased from
	 * @param kept the cases left as they are, and why
	 */
	public record Result(String person, List<String> erased, List<Kept> kept) {
	}

	/**
	 * A case an erasure left as it is.
	 *
	 * @param reference its reference
	 * @param why {@code on-legal-hold}, {@code open} (close it first) or
	 * {@code kept-changing}
	 */
	public record Kept(String reference, String why) {
	}

}
