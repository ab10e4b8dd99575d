package org.candour.cases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.api.EndpointRoles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;

/**
 * Edits the form data of a case in a state whose workflow allows it
 * ({@code editableData}): a merge patch of the data, checked in full against the form's
 * schema, written with one conditional update on the case's id and version with a history
 * entry naming every changed field. Contact details are not case data: they stay in the
 * people part.
 */
@Service
public class CaseDataEdits {

	/** The roles that may edit case data (where the state allows it). */
	public static final Set<String> ROLES = Set.of(EndpointRoles.OFFICER, EndpointRoles.MANAGER,
			EndpointRoles.INVESTIGATOR);

	static final String ACTION = "edit-data";

	private final Cases cases;

	private final CaseActions actions;

	private final CaseConfigurations configurations;

	private final GuardCheck schemas;

	private final Actors actors;

	private final CaseHistory history;

	private final Clock clock;

	CaseDataEdits(Cases cases, CaseActions actions, CaseConfigurations configurations, GuardCheck schemas,
			Actors actors, CaseHistory history, Optional<Clock> clock) {
		this.cases = cases;
		this.actions = actions;
		this.configurations = configurations;
		this.schemas = schemas;
		this.actors = actors;
		this.history = history;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Applies the command's changes (field → new value; null removes the field) to the
	 * case data.
	 * @throws Refusal 409 when the case changed since {@code expectedVersion} or its
	 * state does not allow editing, 422 when the data would not match the form, 403
	 * without a role that edits
	 */
	public FeedbackCase edit(EditCaseData command) {
		String reference = command.reference().value();
		ObjectNode changes = command.changes();
		Long expectedVersion = command.expectedVersion();
		String comment = command.comment();
		FeedbackCase current = this.actions.load(reference);
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw stale(current);
		}
		Actors.Actor actor = this.actors.current();
		if (!actor.hasAnyRole(ROLES)) {
			throw Refusal.notAllowed("Editing case data needs one of the roles " + ROLES.stream().sorted().toList());
		}
		CaseConfiguration configuration = this.configurations.pinned(current.configVersion(),
				current.current().feedbackType());
		if (!configuration.workflow().state(current.current().state()).editableData()) {
			throw Refusal.stale("The case data cannot be edited while the case is " + current.current().state(),
					Map.of("state", current.current().state(), "version", current.version()));
		}
		ObjectNode data = current.current().data().deepCopy();
		List<ApiError> errors = new ArrayList<>();
		Set<String> people = new HashSet<>(configuration.form().people());
		for (String field : changes.propertyNames()) {
			JsonNode value = changes.get(field);
			if (people.contains(field)) {
				errors.add(new ApiError("/data/" + field, "case.contact-field",
						"Contact details are kept apart from case data and cannot be edited here"));
			}
			else if (value == null || value.isNull()) {
				data.remove(field);
			}
			else {
				data.set(field, value);
			}
		}
		ObjectNode given = changes.deepCopy();
		changes.properties()
			.stream()
			.filter(field -> field.getValue().isNull())
			.forEach(field -> given.remove(field.getKey()));
		people.forEach(given::remove);
		errors.addAll(StrictInput.together(
				this.schemas.check(configuration, configuration.storedDataSchema(), data, "/data", "data.", null),
				StrictInput.check(configuration.storedDataSchema(), given, "/data", "data.")));
		if (!errors.isEmpty()) {
			throw Refusal.rulesBroken("The case data is not valid", errors);
		}
		CaseState before = current.current();
		CaseState after = before.withData(data, data.at(configuration.summaryField()).asString(null));
		FeedbackCase next = this.history.append(current, this.clock.instant(), actor.name(), ACTION, after, comment,
				current.pendingEscalations(), List.of());
		if (next.history().get(next.history().size() - 1).changes().isEmpty()) {
			return current;
		}
		if (!this.cases.replace(current, next)) {
			throw stale(this.actions.load(reference));
		}
		return next;
	}

	static Refusal stale(FeedbackCase current) {
		return Refusal.stale("The case was changed by someone else; review the changes and try again",
				Map.of("currentVersion", current.version(), "state", current.current().state()));
	}

}
