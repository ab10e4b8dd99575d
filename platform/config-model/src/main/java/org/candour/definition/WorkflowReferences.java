package org.candour.definition;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.Form;
import org.candour.definition.model.State;
import org.candour.definition.model.WorkflowDefinition;

/**
 * What one workflow declares (states, actions, clocks) and what it may refer to outside
 * (feedback types, templates, org units, the fields of the forms used with it); reports
 * what a reference misses.
 */
final class WorkflowReferences {

	private static final Set<String> PLATFORM_ROLES = Set.of("PLATFORM_ADMIN", "TENANT_ADMIN", "MANAGER", "OFFICER",
			"INVESTIGATOR", "AUDITOR", "EQUALITY_ANALYST", "DATA_PROTECTION");

	private final CompiledConfiguration configuration;

	private final String key;

	private final List<Problem> problems;

	private final Set<String> states = new LinkedHashSet<>();

	private final Set<String> actions = new HashSet<>();

	private final Set<String> clocks = new HashSet<>();

	private final Set<String> units;

	private final Set<String> closedStates = new HashSet<>();

	private final List<Form> forms;

	WorkflowReferences(CompiledConfiguration configuration, WorkflowDefinition workflow, Set<String> units,
			List<Problem> problems) {
		this.configuration = configuration;
		this.key = ReferenceChecks.key(ConfigKind.WORKFLOW, workflow.id());
		this.problems = problems;
		this.units = units;
		List<State> declared = workflow.declaredStates();
		for (int i = 0; i < declared.size(); i++) {
			if (!this.states.add(ReferenceChecks.text(declared.get(i).id()))) {
				error("id.duplicate", "/spec/states/" + i + "/id", "State id is used more than once");
			}
		}
		declared.stream()
			.filter(State::closed)
			.forEach(state -> this.closedStates.add(ReferenceChecks.text(state.id())));
		workflow.transitions().forEach(transition -> this.actions.add(ReferenceChecks.text(transition.action())));
		workflow.declaredClocks().forEach(clock -> this.clocks.add(ReferenceChecks.text(clock.id())));
		this.forms = configuration.feedbackTypes()
			.values()
			.stream()
			.filter(type -> workflow.id().equals(type.workflow()))
			.map(type -> configuration.form(ReferenceChecks.text(type.form())))
			.flatMap(Optional::stream)
			.distinct()
			.toList();
	}

	void state(String id, String pointer) {
		if (!this.states.contains(ReferenceChecks.text(id))) {
			error("ref.state-missing", pointer, "No state '" + ReferenceChecks.text(id) + "' in this workflow");
		}
	}

	void action(String id, String pointer) {
		if (!this.actions.contains(id)) {
			error("ref.action-missing", pointer, "No transition with action '" + id + "' in this workflow");
		}
	}

	void clock(String id, String pointer) {
		if (!this.clocks.contains(ReferenceChecks.text(id))) {
			error("ref.clock-missing", pointer, "No clock '" + ReferenceChecks.text(id) + "' in this workflow");
		}
	}

	void feedbackType(String id, String pointer) {
		if (!this.configuration.feedbackTypes().containsKey(ReferenceChecks.text(id))) {
			error("ref.feedback-type-missing", pointer, "No feedback-type with id '" + ReferenceChecks.text(id) + "'");
		}
	}

	void template(String id, String pointer) {
		if (this.configuration.notificationTemplate(ReferenceChecks.text(id)).isEmpty()) {
			error("ref.template-missing", pointer,
					"No notification-template with id '" + ReferenceChecks.text(id) + "'");
		}
	}

	/**
	 * A role that may take an action: one of the platform's, or a role the tenant
	 * declares (by its id or the platform role it maps to).
	 */
	void role(String role, String pointer) {
		boolean declared = this.configuration.roles()
			.entrySet()
			.stream()
			.anyMatch(entry -> entry.getKey().equals(role) || role.equals(entry.getValue().baseRole()));
		if (!PLATFORM_ROLES.contains(role) && !declared) {
			error("ref.role-missing", pointer,
					"No role '" + role + "': use a platform role or one of the tenant's roles");
		}
	}

	/** A team to assign to (the empty id clears the team). */
	void team(String id, String pointer) {
		String unit = ReferenceChecks.text(id);
		if (!unit.isEmpty() && !this.units.contains(unit)) {
			error("ref.org-unit-missing", pointer, "No org unit '" + unit + "' in the org structure");
		}
	}

	/**
	 * A guard (or a wording's condition) that compiles names only data fields that the
	 * forms used with the workflow have (when any form is).
	 */
	void guard(JsonNode guard, String pointer) {
		if (!compiles(guard, pointer) || this.forms.isEmpty()) {
			return;
		}
		Set<String> viewFields = new LinkedHashSet<>();
		FormFields.collect(guard, "", viewFields);
		Set<String> known = new HashSet<>();
		this.forms.forEach(form -> known.addAll(form.fields()));
		for (String field : viewFields) {
			if (field.startsWith("/data/") && !known.contains(field.substring(5))) {
				error("ref.field-missing", pointer, "The guard names data field " + field.substring(6)
						+ ", which no form used with this workflow has");
			}
		}
	}

	/**
	 * A value an automation effect copies from the case view: there are no inputs when
	 * the system acts.
	 */
	void automationSource(String source, String pointer) {
		if (source != null && (source.equals("/inputs") || source.startsWith("/inputs/"))) {
			error("workflow.automation-input", pointer,
					"The system acts without inputs: copy the value from data, outcome or meta, or give a fixed value");
		}
	}

	/**
	 * A data field an effect writes exists in the forms used with the workflow (when any
	 * form is).
	 */
	void dataField(String target, String pointer) {
		if (target == null || !target.startsWith("/data/") || this.forms.isEmpty()) {
			return;
		}
		String field = target.substring("/data/".length()).split("/")[0];
		if (this.forms.stream().noneMatch(form -> form.fields().contains("/" + field))) {
			error("ref.field-missing", pointer,
					"The effect writes data field " + field + ", which no form used with this workflow has");
		}
	}

	/**
	 * The fields a comparison names exist: data fields in the forms used with the
	 * workflow (when any form is).
	 */
	void comparedFields(List<String> fields, String pointer) {
		for (int i = 0; i < fields.size(); i++) {
			dataField(fields.get(i), pointer + "/fields/" + i);
		}
	}

	/** Whether a tenant-written schema, when given, compiles; reports it when not. */
	boolean compiles(JsonNode schema, String pointer) {
		if (schema == null) {
			return false;
		}
		try {
			this.configuration.check(schema);
			return true;
		}
		catch (Schemas.InvalidSchemaException ex) {
			error("schema.invalid", pointer, ex.getMessage());
			return false;
		}
	}

	/** Whether the workflow declares {@code state} with the category closed. */
	boolean closed(String state) {
		return this.closedStates.contains(state);
	}

	void error(String code, String pointer, String message) {
		this.problems.add(Problem.error(code, this.key, pointer, message));
	}

	void warning(String code, String pointer, String message) {
		this.problems.add(Problem.warning(code, this.key, pointer, message));
	}

}
