package org.candour.admin.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.candour.admin.AdminPaths;
import org.candour.admin.Texts;
import org.candour.definition.model.ClockAutomation;
import org.candour.definition.model.ClockDefinition;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.Effect;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.Form;
import org.candour.definition.model.Transition;
import org.candour.definition.model.WorkflowDefinition;

/**
 * What sends each template, read from the draft as publishing would store it: the
 * feedback types that acknowledge new cases with it, and the workflow actions and clocks
 * (nearly due, breached) whose {@code notify} effect names it (with the feedback types
 * that follow the workflow).
 */
final class TemplateUses {

	private final List<FeedbackType> types = new ArrayList<>();

	private final Map<String, WorkflowDefinition> workflows = new LinkedHashMap<>();

	private final Map<String, Form> forms = new LinkedHashMap<>();

	private final String tenant;

	/**
	 * @param model the draft compiled as publishing would; {@code null} when it cannot be
	 * compiled yet (nothing is then known to send a template)
	 */
	TemplateUses(CompiledConfiguration model, String tenant) {
		this.tenant = tenant;
		if (model != null) {
			this.types.addAll(model.feedbackTypes().values());
			this.workflows.putAll(model.workflows());
			this.forms.putAll(model.forms());
		}
	}

	/** Who is sent it and when, in words, each linked to where it is chosen. */
	List<Use> of(String template) {
		List<Use> uses = new ArrayList<>();
		for (FeedbackType type : this.types) {
			if (template.equals(type.acknowledgementTemplate())) {
				uses.add(new Use("Acknowledges new ‘" + title(type) + "’ cases",
						AdminPaths.type(this.tenant, type.id()) + "/details#acknowledgementTemplate"));
			}
		}
		this.workflows.forEach((id, workflow) -> {
			for (Transition transition : workflow.transitions()) {
				for (Effect effect : transition.effects()) {
					if (effect instanceof Effect.Notify notify && template.equals(notify.template())) {
						uses.add(new Use("Sent to the " + recipient(notify.to()) + " on ‘"
								+ Texts.english(transition.label(), transition.action()) + "’ in the workflow of "
								+ typesFollowing(id), null));
					}
				}
			}
			for (ClockAutomation automation : workflow.clockAutomation()) {
				ClockDefinition clock = workflow.clocks().get(automation.clock());
				String label = clock == null ? automation.clock() : Texts.english(clock.label(), automation.clock());
				clockUses(template, automation.onWarn(), "nearly due", label, id, uses);
				clockUses(template, automation.onBreach(), "breached", label, id, uses);
			}
		});
		return uses;
	}

	private void clockUses(String template, List<Effect> effects, String when, String clock, String workflow,
			List<Use> uses) {
		for (Effect effect : effects) {
			if (effect instanceof Effect.Notify notify && template.equals(notify.template())) {
				uses.add(new Use("Sent to the " + recipient(notify.to()) + " when ‘" + clock + "’ is " + when
						+ " in the workflow of " + typesFollowing(workflow), null));
			}
		}
	}

	/**
	 * Every notify effect of the workflow: its transitions' and its clocks' (onWarn,
	 * onBreach).
	 */
	private static java.util.stream.Stream<Effect.Notify> notifications(WorkflowDefinition workflow) {
		java.util.stream.Stream<Effect> clockEffects = workflow.clockAutomation()
			.stream()
			.flatMap(automation -> java.util.stream.Stream.concat(automation.onWarn().stream(),
					automation.onBreach().stream()));
		return java.util.stream.Stream
			.concat(workflow.transitions().stream().flatMap(transition -> transition.effects().stream()), clockEffects)
			.filter(Effect.Notify.class::isInstance)
			.map(Effect.Notify.class::cast);
	}

	/**
	 * The feedback types that send the template (acknowledging or from their workflow).
	 */
	List<FeedbackType> typesSending(String template) {
		Set<String> workflowsSending = new LinkedHashSet<>();
		this.workflows
			.forEach((id, workflow) -> notifications(workflow).filter(notify -> template.equals(notify.template()))
				.findAny()
				.ifPresent(found -> workflowsSending.add(id)));
		return this.types.stream()
			.filter(type -> template.equals(type.acknowledgementTemplate())
					|| workflowsSending.contains(type.workflow()))
			.toList();
	}

	/** The templates a feedback type sends: its acknowledgement and its workflow's. */
	List<String> templatesSentFor(FeedbackType type) {
		List<String> templates = new ArrayList<>();
		if (type.acknowledgementTemplate() != null) {
			templates.add(type.acknowledgementTemplate());
		}
		workflow(type.workflow())
			.ifPresent(workflow -> notifications(workflow).map(Effect.Notify::template).forEach(templates::add));
		return templates;
	}

	/**
	 * The inputs of the actions that send the template, as forms (their answers are case
	 * data when the message is sent).
	 */
	List<Form> actionInputsSending(String template) {
		List<Form> inputs = new ArrayList<>();
		this.workflows.values()
			.forEach(workflow -> workflow.transitions()
				.stream()
				.filter(transition -> transition.inputs() != null)
				.filter(transition -> transition.effects()
					.stream()
					.anyMatch(effect -> effect instanceof Effect.Notify notify && template.equals(notify.template())))
				.forEach(transition -> inputs.add(Form.inputsOf(transition))));
		return inputs;
	}

	Optional<Form> form(String id) {
		return Optional.ofNullable(id == null ? null : this.forms.get(id));
	}

	Map<String, Form> forms() {
		return this.forms;
	}

	Optional<WorkflowDefinition> workflow(String id) {
		return Optional.ofNullable(id == null ? null : this.workflows.get(id));
	}

	Optional<FeedbackType> type(String id) {
		return this.types.stream().filter(type -> type.id().equals(id)).findFirst();
	}

	private String typesFollowing(String workflow) {
		List<String> titles = this.types.stream()
			.filter(type -> workflow.equals(type.workflow()))
			.map(type -> "‘" + title(type) + "’")
			.toList();
		return titles.isEmpty() ? "‘" + workflow + "’ (no feedback type follows it)" : String.join(", ", titles);
	}

	private static String recipient(String to) {
		return switch (to == null ? "complainant" : to) {
			case "complainant" -> "person who gave the feedback";
			case "assignee" -> "officer the case is assigned to";
			case "team" -> "team the case is with";
			case "managers" -> "managers of the team the case is with";
			default -> to;
		};
	}

	static String title(FeedbackType type) {
		return Texts.english(type.title(), type.id());
	}

	/**
	 * One use of a template.
	 *
	 * @param words what sends it, in words
	 * @param href where that is chosen; {@code null} when no page edits it yet
	 */
	record Use(String words, String href) {
	}

}
