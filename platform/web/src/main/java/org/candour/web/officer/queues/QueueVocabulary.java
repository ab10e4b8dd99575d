package org.candour.web.officer.queues;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.candour.calendar.CalendarSpec;
import org.candour.config.ConfigVersion;
import org.candour.definition.model.CalendarDefinition;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.State;
import org.candour.definition.model.Transition;
import org.candour.definition.model.WorkflowDefinition;
import org.candour.web.forms.LocalText;
import org.candour.web.officer.OrgUnits;
import tools.jackson.databind.JsonNode;

/**
 * The words and choices of the queue page, read once from one configuration version:
 * feedback types, the states of their workflows, the org structure, channels, high-risk
 * flags, and the transitions that may be taken in bulk.
 */
final class QueueVocabulary {

	private final int version;

	private final Map<String, String> feedbackTypes = new LinkedHashMap<>();

	private final Map<String, WorkflowDefinition> workflowOfType = new LinkedHashMap<>();

	private final Set<String> intakeTeams = new LinkedHashSet<>();

	private final OrgUnits orgUnits;

	private final List<Option> orgUnitOptions;

	private final List<Option> channels;

	private final List<Option> riskFlags;

	private final ZoneId zone;

	private final Map<String, List<Transition>> bulkTransitions = new LinkedHashMap<>();

	QueueVocabulary(ConfigVersion configuration) {
		this.version = configuration.number();
		CompiledConfiguration model = configuration.model();
		Map<String, WorkflowDefinition> workflows = model.workflows();
		workflows.values().forEach(workflow -> {
			workflow.transitions()
				.stream()
				.filter(Transition::bulk)
				.forEach(transition -> this.bulkTransitions
					.computeIfAbsent(transition.action(), key -> new ArrayList<>())
					.add(transition));
		});
		Set<String> typeChannels = new LinkedHashSet<>();
		model.feedbackTypes().values().forEach(type -> {
			this.feedbackTypes.put(type.id(), LocalText.of(type.title(), Locale.ENGLISH, type.id()));
			WorkflowDefinition workflow = workflows.get(type.workflow());
			if (workflow != null) {
				this.workflowOfType.put(type.id(), workflow);
			}
			if (type.defaultOrgUnit() != null) {
				this.intakeTeams.add(type.defaultOrgUnit());
			}
			typeChannels.addAll(type.channels());
		});
		this.orgUnits = OrgUnits.of(configuration);
		this.orgUnitOptions = this.orgUnits.all().stream().map(unit -> new Option(unit.id(), unit.path())).toList();
		List<Option> listed = codeList(model, "channels");
		this.channels = listed.isEmpty() ? typeChannels.stream().map(code -> new Option(code, code)).toList() : listed;
		this.riskFlags = codeList(model, "high-risk-flags");
		this.zone = model.calendar()
			.map(CalendarDefinition::zone)
			.filter(java.util.Objects::nonNull)
			.orElse(CalendarSpec.LONDON);
	}

	/**
	 * The tenant's time zone (its calendar's; Europe/London unless it says otherwise).
	 */
	ZoneId zone() {
		return this.zone;
	}

	int version() {
		return this.version;
	}

	List<Option> feedbackTypeOptions() {
		return this.feedbackTypes.entrySet().stream().map(type -> new Option(type.getKey(), type.getValue())).toList();
	}

	String feedbackType(String id) {
		return this.feedbackTypes.getOrDefault(id, id);
	}

	/** The states cases can be open in, each once, in workflow order. */
	List<Option> openStates() {
		Map<String, Option> states = new LinkedHashMap<>();
		this.workflowOfType.values()
			.stream()
			.distinct()
			.flatMap(workflow -> workflow.states().values().stream())
			.filter(state -> !state.closed())
			.forEach(state -> states.putIfAbsent(state.id(), new Option(state.id(), label(state))));
		return List.copyOf(states.values());
	}

	String state(String feedbackType, String state) {
		WorkflowDefinition workflow = this.workflowOfType.get(feedbackType);
		State found = workflow == null ? null : workflow.states().get(state);
		return found == null ? state : label(found);
	}

	/** The label of a state, from the first workflow that has it. */
	String stateLabel(String state) {
		return this.workflowOfType.values()
			.stream()
			.map(workflow -> workflow.states().get(state))
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.map(QueueVocabulary::label)
			.orElse(state);
	}

	OrgUnits orgUnits() {
		return this.orgUnits;
	}

	/** Every org unit as a choice, named with the units it sits in. */
	List<Option> orgUnitOptions() {
		return this.orgUnitOptions;
	}

	/**
	 * The teams feedback types log their cases to: where cases start, not the services.
	 */
	Set<String> intakeTeams() {
		return this.intakeTeams;
	}

	List<Option> channels() {
		return this.channels;
	}

	String channel(String code) {
		return this.channels.stream()
			.filter(option -> option.value().equals(code))
			.map(Option::label)
			.findFirst()
			.orElse(code);
	}

	List<Option> riskFlags() {
		return this.riskFlags;
	}

	/**
	 * The actions that may be taken in bulk by someone with one of the roles, by action
	 * id, with every transition that takes it.
	 */
	Map<String, List<Transition>> bulkActions(Collection<String> roles) {
		Map<String, List<Transition>> offered = new LinkedHashMap<>();
		this.bulkTransitions.forEach((action, transitions) -> {
			List<Transition> allowed = transitions.stream()
				.filter(transition -> transition.roles().stream().anyMatch(roles::contains))
				.toList();
			if (!allowed.isEmpty()) {
				offered.put(action, allowed);
			}
		});
		return offered;
	}

	private static String label(State state) {
		return LocalText.of(state.label(), Locale.ENGLISH, state.id());
	}

	private static List<Option> codeList(CompiledConfiguration model, String id) {
		return model.codeList(id)
			.map(list -> list.values()
				.stream()
				.map(value -> new Option(value.code(), LocalText.of(value.label(), Locale.ENGLISH, value.code())))
				.toList())
			.orElse(List.of());
	}

}
