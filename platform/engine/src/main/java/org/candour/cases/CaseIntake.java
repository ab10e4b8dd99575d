package org.candour.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.tenancy.TenantContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Logs new cases: validates the data against the form of the tenant's active
 * configuration (its JSON Schema and its controls' answer rules, {@link AnswerRules}; the
 * case is then pinned to that configuration), allocates the reference, keeps contact
 * details in the people part, starts the workflow's clocks, and writes the case once. A
 * retired feedback type takes no new cases ({@code feedback-type.retired}). A retried
 * request with the same {@code Idempotency-Key} returns the first case and creates
 * nothing.
 */
@Service
public class CaseIntake {

	private static final Duration BACKDATE_TOLERANCE = Duration.ofMinutes(5);

	private static final int REFERENCE_ATTEMPTS = 10;

	private final Cases cases;

	private final People people;

	private final CaseReferences references;

	private final CaseConfigurations configurations;

	private final GuardCheck schemas;

	private final Actors actors;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final CaseHistory history;

	private final CaseFiles files;

	private final Clock clock;

	CaseIntake(Cases cases, People people, CaseReferences references, CaseConfigurations configurations,
			GuardCheck schemas, Actors actors, ApplicationEventPublisher events, JsonMapper json, CaseHistory history,
			CaseFiles files, Optional<Clock> clock) {
		this.cases = cases;
		this.people = people;
		this.references = references;
		this.configurations = configurations;
		this.schemas = schemas;
		this.actors = actors;
		this.events = events;
		this.json = json;
		this.history = history;
		this.files = files;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * @return the case, and whether this request created it (false for an idempotent
	 * retry)
	 */
	public Logged log(LogCase command, String idempotencyKey) {
		if (idempotencyKey != null) {
			Optional<FeedbackCase> earlier = this.cases.byIdempotencyKey(idempotencyKey);
			if (earlier.isPresent()) {
				return new Logged(earlier.get(), false);
			}
		}
		CaseConfiguration configuration = this.configurations.active(command.feedbackType());
		if (configuration.feedbackType().retired()) {
			throw Refusal.rulesBroken("The case cannot be logged",
					List.of(new ApiError("/feedbackType", "feedback-type.retired",
							"The feedback type '" + command.feedbackType() + "' is retired: it takes no new cases")));
		}
		ObjectNode data = command.data().deepCopy();
		JsonNode schema = configuration.form().schema();
		List<ApiError> errors = new ArrayList<>(
				StrictInput.together(this.schemas.check(configuration, schema, data, "/data", "data.", null),
						StrictInput.check(schema, data, "/data", "data.")));
		ObjectNode contact = command.people() != null ? command.people().deepCopy() : this.json.createObjectNode();
		errors.addAll(StrictInput.numbers(contact, "/people", "people."));
		Instant now = this.clock.instant();
		errors.addAll(AnswerRules.check(configuration.form().layout().rules(), data, "/data", "data.",
				configuration.calendar(), now));
		List<String> channels = configuration.feedbackType().channels();
		if (!channels.isEmpty() && !channels.contains(command.channel())) {
			errors.add(new ApiError("/channel", "case.channel-not-accepted", "This feedback type is not received by '"
					+ command.channel() + "': use one of " + String.join(", ", channels)));
		}
		Instant receivedAt = command.receivedAt() != null ? command.receivedAt() : now;
		String backdatedReason = command.backdatedReason();
		if (receivedAt.isAfter(now.plus(BACKDATE_TOLERANCE))) {
			errors.add(
					new ApiError("/receivedAt", "case.received-in-future", "The receipt date cannot be in the future"));
		}
		else if (receivedAt.isBefore(now.minus(BACKDATE_TOLERANCE)) && backdatedReason == null) {
			errors.add(new ApiError("/backdatedReason", "case.backdate-reason-required",
					"Say why the case is logged with an earlier receipt date"));
		}
		LocalDate today = LocalDate.ofInstant(now, configuration.calendar().spec().zone());
		String orgUnit = command.orgUnit();
		if (orgUnit != null) {
			ApiError unitProblem = OrgUnitChecks.problem(configuration.orgStructure(), orgUnit, today, "/orgUnit");
			if (unitProblem != null) {
				errors.add(unitProblem);
			}
		}
		else if (configuration.feedbackType().defaultOrgUnit() != null) {
			// a default that a restructure closed goes to the unit that took its work
			// over
			orgUnit = configuration.orgStructure().successorOn(configuration.feedbackType().defaultOrgUnit(), today);
		}
		if (!errors.isEmpty()) {
			throw Refusal.rulesBroken("The case cannot be logged", errors);
		}
		configuration.form().people().forEach(field -> {
			JsonNode value = data.remove(field);
			if (value != null) {
				contact.set(field, value);
			}
		});
		NewCase request = new NewCase(configuration, data, contact, command.channel(), receivedAt, backdatedReason,
				orgUnit, idempotencyKey, List.of(), command.comment(), command.language());
		return store(request);
	}

	Logged store(NewCase request) {
		return store(request, this::build, true);
	}

	/**
	 * Stores a new case that {@code builder} makes with an id and a reference, trying the
	 * next reference while one is taken; {@code announce} says whether to publish
	 * {@link CaseLogged} (an imported case is not news to its resident).
	 */
	Logged store(NewCase request, Builder builder, boolean announce) {
		// never derived from the reference: a case's identity is its own, whatever
		// reference it is given
		String id = request.idempotencyKey() != null ? Cases.idFor(request.idempotencyKey())
				: TenantContext.require().value() + ":" + UUID.randomUUID();
		for (int attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
			CaseConfiguration configuration = request.configuration();
			FeedbackCase created = builder.build(request, id, this.references.next(referencePrefix(configuration),
					referenceFormat(configuration), configuration.calendar().receivedOn(request.receivedAt())));
			// a random id is new; a case retried under its idempotency key keeps its
			// first contact
			if (!request.contact().isEmpty()
					&& (request.idempotencyKey() == null || !this.cases.exists(created.id()))) {
				this.people.store(created.id(), created.reference(), request.contact(),
						attempt == 0 && request.idempotencyKey() == null);
			}
			Cases.Insert result = this.cases.insert(created);
			if (result == Cases.Insert.STORED) {
				if (!announce) {
					return new Logged(created, true);
				}
				this.events.publishEvent(new CaseLogged(created.caseReference(), created.current().feedbackType(),
						request.channel(), created, request.contact().deepCopy()));
				return new Logged(created, true);
			}
			if (result == Cases.Insert.ALREADY_STORED) {
				return new Logged(this.cases.byIdempotencyKey(request.idempotencyKey()).orElseThrow(), false);
			}
			this.references.skipTaken(referencePrefix(configuration), referenceFormat(configuration),
					created.receivedOn());
		}
		throw new IllegalStateException("Could not allocate a unique case reference");
	}

	private FeedbackCase build(NewCase request, String id, CaseReference reference) {
		CaseConfiguration configuration = request.configuration();
		LocalDate receivedOn = configuration.calendar().receivedOn(request.receivedAt());
		String initial = configuration.workflow().initialState();
		ObjectNode meta = this.json.createObjectNode();
		if (request.language() != null) {
			meta.put("language", request.language());
		}
		if (request.orgUnit() != null) {
			meta.set("orgPath", OrgUnitChecks.path(configuration.orgStructure(), request.orgUnit(),
					LocalDate.ofInstant(this.clock.instant(), configuration.calendar().spec().zone())));
		}
		CaseState blank = new CaseState(configuration.feedbackType().id(), configuration.workflow().id(), initial,
				configuration.workflow().state(initial).category(), request.orgUnit(), null, null,
				request.data().at(configuration.summaryField()).asString(null), request.data(),
				this.json.createObjectNode(), meta, List.of(), request.links(), null, null);
		CaseDraft draft = new CaseDraft(blank);
		new ClockKeeper(configuration, request.receivedAt()).onLogged(draft, receivedOn, request.receivedAt(),
				CaseView.of(blank, null, this.json));
		CaseState state = draft.toState();
		Instant now = this.clock.instant();
		List<FileDigest> named = request.idempotencyKey() == null ? List.of() : this.files
			.named(request.idempotencyKey(), new java.util.HashSet<>(request.data().findValuesAsString("id")));
		FeedbackCase unsaved = new FeedbackCase(id, reference.value(), configuration.version().number(),
				request.channel(), request.receivedAt(), receivedOn, request.backdatedReason(),
				request.idempotencyKey(), now, now, 0, state, List.of(), List.of(), List.of(),
				People.hash(request.contact()), named);
		return this.history.started(unsaved, this.actors.current().name(), request.comment());
	}

	private static String referencePrefix(CaseConfiguration configuration) {
		return configuration.feedbackType().referencePrefix();
	}

	private static String referenceFormat(CaseConfiguration configuration) {
		return configuration.feedbackType().referenceFormat();
	}

	/** Makes a new case of a request, with its id and reference. */
	interface Builder {

		FeedbackCase build(NewCase request, String id, CaseReference reference);

	}

	/** A logged case and whether this request created it. */
	public record Logged(FeedbackCase feedbackCase, boolean created) {
	}

	/**
	 * What a new case is made of; {@code language} is the language the resident wrote in
	 * ({@code en} or {@code cy}, kept as {@code meta.language}), null when not known.
	 */
	record NewCase(CaseConfiguration configuration, ObjectNode data, ObjectNode contact, String channel,
			Instant receivedAt, String backdatedReason, String orgUnit, String idempotencyKey, List<CaseLink> links,
			String comment, String language) {
	}

}
