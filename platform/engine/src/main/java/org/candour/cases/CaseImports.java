package org.candour.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.definition.model.WorkflowDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;

/**
 * Brings in cases from another system ({@link ImportedCase}): checks one as the intake
 * checks a new case (its form's schema, the org unit on the day it was received, a state
 * and actions its workflow has, dates in order and not in the future), then stores it
 * with the id its key gives, so a second import of the same key finds it and adds
 * nothing. Its clocks run from its recorded dates as if it had been handled here, so they
 * are met or breached as they really were; its history starts with one signed entry,
 * {@code import}, that says where it came from, when and by whom. No acknowledgement is
 * sent.
 */
@Service
public class CaseImports {

	private static final String CHANNEL = "import";

	private final CaseIntake intake;

	private final CaseConfigurations configurations;

	private final GuardCheck schemas;

	private final Cases cases;

	private final ImportedCaseBuilder builder;

	private final Clock clock;

	CaseImports(CaseIntake intake, CaseConfigurations configurations, GuardCheck schemas, Cases cases,
			CaseHistory history, JsonMapper json, Optional<Clock> clock) {
		this.intake = intake;
		this.configurations = configurations;
		this.schemas = schemas;
		this.cases = cases;
		this.clock = clock.orElse(Clock.systemUTC());
		this.builder = new ImportedCaseBuilder(history, json, this.clock);
	}

	/**
	 * What stops the case being imported, with pointers into the command:
	 * {@code /data/…}, {@code /orgUnit}, {@code /state}, {@code /receivedAt},
	 * {@code /actions/{action}}.
	 */
	public List<ApiError> problems(ImportedCase imported) {
		CaseConfiguration configuration = this.configurations.active(imported.feedbackType());
		JsonNode schema = configuration.form().schema();
		List<ApiError> errors = new ArrayList<>(
				StrictInput.together(this.schemas.check(configuration, schema, imported.data(), "/data", "data.", null),
						StrictInput.check(schema, imported.data(), "/data", "data.")));
		Instant now = this.clock.instant();
		if (imported.receivedAt().isAfter(now)) {
			errors.add(new ApiError("/receivedAt", "case.received-in-future", "The receipt date is in the future"));
		}
		if (imported.orgUnit() != null) {
			LocalDate receivedDay = configuration.calendar().dateOf(imported.receivedAt());
			ApiError unit = OrgUnitChecks.problem(configuration.orgStructure(), imported.orgUnit(), receivedDay,
					"/orgUnit");
			if (unit != null) {
				errors.add(unit);
			}
		}
		WorkflowDefinition workflow = configuration.workflow();
		if (!workflow.states().containsKey(imported.state())) {
			errors.add(new ApiError("/state", "import.state-unknown",
					"The workflow '" + workflow.id() + "' has no state '" + imported.state() + "'"));
		}
		for (ImportedCase.RecordedAction action : imported.actions()) {
			String pointer = "/actions/" + action.action();
			if (action.at().isBefore(imported.receivedAt())) {
				errors.add(new ApiError(pointer, "import.before-receipt", "The date is before the case was received"));
			}
			else if (action.at().isAfter(now)) {
				errors.add(new ApiError(pointer, "import.in-future", "The date is in the future"));
			}
		}
		return errors;
	}

	/**
	 * Stores the case unless its key was imported before.
	 * @param by who imports it
	 * @return the case, and whether this call stored it
	 * @throws Refusal when it has {@link #problems}
	 */
	public Imported store(ImportedCase imported, String by) {
		Optional<FeedbackCase> earlier = this.cases.byIdempotencyKey(imported.idempotencyKey());
		if (earlier.isPresent()) {
			return new Imported(earlier.get(), false);
		}
		List<ApiError> problems = problems(imported);
		if (!problems.isEmpty()) {
			throw Refusal.rulesBroken("The case cannot be imported", problems);
		}
		CaseConfiguration configuration = this.configurations.active(imported.feedbackType());
		ObjectNode data = imported.data().deepCopy();
		ObjectNode contact = data.objectNode();
		configuration.form().people().forEach(field -> {
			JsonNode value = data.remove(field);
			if (value != null) {
				contact.set(field, value);
			}
		});
		String orgUnit = imported.orgUnit() != null ? imported.orgUnit()
				: configuration.feedbackType().defaultOrgUnit();
		CaseIntake.NewCase request = new CaseIntake.NewCase(configuration, data, contact, CHANNEL,
				imported.receivedAt(), "Imported from " + imported.source(), orgUnit, imported.idempotencyKey(),
				List.of(), null, null);
		CaseIntake.Logged logged = this.intake.store(request,
				(newCase, id, reference) -> this.builder.build(newCase, id, reference, imported, by), false);
		return new Imported(logged.feedbackCase(), logged.created());
	}

	/** The reference of the case imported under {@code key}, if one was. */
	public Optional<CaseReference> importedAs(String key) {
		return this.cases.byIdempotencyKey(ImportedCase.idempotencyKey(key)).map(FeedbackCase::caseReference);
	}

	/** Whether a case was imported under {@code key}. */
	public boolean imported(String key) {
		return this.cases.exists(Cases.idFor(ImportedCase.idempotencyKey(key)));
	}

	/**
	 * An imported case.
	 *
	 * @param feedbackCase the case
	 * @param created whether this call stored it (false: its key was imported before)
	 */
	public record Imported(FeedbackCase feedbackCase, boolean created) {
	}

}
