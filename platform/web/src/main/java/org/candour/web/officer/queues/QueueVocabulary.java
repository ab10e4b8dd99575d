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
import org.candour.definition.ConfigDocument;
import org.candour.definition.ConfigKind;
import org.candour.web.officer.OrgUnits;
import org.candour.web.resident.LocalText;
import org.candour.workflow.State;
import org.candour.workflow.Transition;
import org.candour.workflow.WorkflowDefinition;
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
		Map<String, WorkflowDefinition> workflows = new LinkedHashMap<>();
		of(configuration, ConfigKind.WORKFLOW).forEach(document -> {
			WorkflowDefinition workflow = WorkflowDefinition.parse(document);
			workflows.put(workflow.id(), workflow);
			workflow.transitions()
				.stream()
				.filter(Transition::bulk)
				.forEach(transition -> this.bulkTransitions
					.computeIfAbsent(transition.action(), key -> new ArrayList<>())
					.add(transition));
		});
		Set<String> typeChannels = new LinkedHashSet<>();
		of(configuration, ConfigKind.FEEDBACK_TYPE).forEach(type -> {
			this.feedbackTypes.put(type.id(), LocalText.of(type.title(), Locale.ENGLISH, type.id()));
			WorkflowDefinition workflow = workflows.get(type.spec().path("workflow").asString());
			if (workflow != null) {
				this.workflowOfType.put(type.id(), workflow);
			}
			String intake = type.spec().path("defaultOrgUnit").asString(null);
			if (intake != null) {
				this.intakeTeams.add(intake);
			}
			type.spec().path("channels").forEach(channel -> typeChannels.add(channel.asString()));
		});
		this.orgUnits = OrgUnits.of(configuration);
		this.orgUnitOptions = this.orgUnits.all().stream().map(unit -> new Option(unit.id(), unit.path())).toList();
		List<Option> listed = codeList(configuration, "channels");
		this.channels = listed.isEmpty() ? typeChannels.stream().map(code -> new Option(code, code)).toList() : listed;
		this.riskFlags = codeList(configuration, "high-risk-flags");
		this.zone = of(configuration, ConfigKind.CALENDAR).map(calendar -> calendar.spec().path("timeZone"))
			.filter(JsonNode::isString)
			.map(name -> ZoneId.of(name.asString()))
			.findFirst()
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

	private static java.util.stream.Stream<ConfigDocument> of(ConfigVersion configuration, ConfigKind kind) {
		return configuration.documents().stream().filter(document -> document.is(kind));
	}

	private static List<Option> codeList(ConfigVersion configuration, String id) {
		return configuration.find(ConfigKind.CODE_LIST.id(), id).map(list -> {
			List<Option> options = new ArrayList<>();
			for (JsonNode value : list.spec().path("values")) {
				String code = value.path("code").asString();
				options.add(new Option(code, LocalText.of(value.path("label"), Locale.ENGLISH, code)));
			}
			return List.copyOf(options);
		}).orElse(List.of());
	}

}
