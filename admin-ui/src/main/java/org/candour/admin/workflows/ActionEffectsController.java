package org.candour.admin.workflows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.PageProblem;
import org.candour.admin.Texts;
import org.candour.api.EndpointRoles;
import org.candour.definition.editing.EffectDrafts;
import org.candour.definition.editing.EffectWords;
import org.candour.definition.editing.WorkflowChange;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.security.MachineClients;
import org.candour.security.Memberships;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What an action does, as a list with each effect added from choices the draft offers
 * (its clocks, the org units that exist today, the members who work cases — never a
 * machine client —, feedback types, closure reasons, notification templates, the action's
 * own questions) and removed.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/feedback-types/{id}/workflow/transitions/{action}/effects")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class ActionEffectsController {

	private static final Set<String> CASE_ROLES = Set.of("OFFICER", "INVESTIGATOR", "MANAGER");

	private static final List<WorkflowDrafts.Choice> OPERATIONS = List
		.of(new WorkflowDrafts.Choice("start", "Start it"), new WorkflowDrafts.Choice("stop", "Stop it"));

	private static final List<WorkflowDrafts.Choice> RECIPIENTS = List.of(
			new WorkflowDrafts.Choice("complainant", "The person who gave the feedback"),
			new WorkflowDrafts.Choice("assignee", "The officer the case is assigned to"),
			new WorkflowDrafts.Choice("team", "The case’s team"),
			new WorkflowDrafts.Choice("managers", "The managers of the case’s team"));

	private static final List<WorkflowDrafts.Choice> RELATIONS = List.of(
			new WorkflowDrafts.Choice("duplicate-of", "A duplicate of"),
			new WorkflowDrafts.Choice("related", "Related to"));

	private final ActionPages pages;

	private final Memberships memberships;

	private final MachineClients machines;

	private final Clock clock;

	ActionEffectsController(ActionPages pages, Memberships memberships, MachineClients machines,
			Optional<Clock> clock) {
		this.pages = pages;
		this.memberships = memberships;
		this.machines = machines;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@GetMapping
	String effects(@PathVariable String id, @PathVariable String action, Model model) {
		ActionPages.Page page = this.pages.load(id, action);
		return show(model, page, choices(page), null, List.of());
	}

	@PostMapping("/add")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String add(@PathVariable String id, @PathVariable String action, @RequestParam MultiValueMap<String, String> posted,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ActionPages.Page page = this.pages.load(id, action);
		Choices choices = choices(page);
		String hash = posted.getFirst("hash");
		ActionPages.PageView view = problems -> show(model, page, choices, hash, problems);
		String kind = Optional.ofNullable(posted.getFirst("kind")).orElse("");
		List<PageProblem> problems = new ArrayList<>();
		ObjectNode effect = effect(kind, posted, choices, problems);
		if (effect == null && problems.isEmpty()) {
			problems.add(new PageProblem("effects-table", "Choose an effect to add"));
		}
		if (!problems.isEmpty()) {
			return ActionPages.refuse(response, view, problems);
		}
		WorkflowChange change = page.editor().addEffect(page.workflow().content(), page.action(), effect);
		return this.pages.save(page, change, hash, fieldOf(kind), "Effect added: " + EffectWords.of(effect), "effects",
				model, response, redirect, view);
	}

	@PostMapping("/{index}/remove")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String remove(@PathVariable String id, @PathVariable String action, @PathVariable int index,
			@RequestParam(defaultValue = "") String hash, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ActionPages.Page page = this.pages.load(id, action);
		ActionPages.PageView view = problems -> show(model, page, choices(page), hash, problems);
		WorkflowChange change = page.editor().removeEffect(page.workflow().content(), page.action(), index);
		return this.pages.save(page, change, hash, "effects-table", "Effect removed", "effects", model, response,
				redirect, view);
	}

	/** The effect posted, or {@code null} with the problems found in its fields. */
	private static ObjectNode effect(String kind, MultiValueMap<String, String> posted, Choices choices,
			List<PageProblem> problems) {
		switch (kind) {
			case "clock" -> {
				String clock = chosen(posted, "clock", choices.clocks(), "Choose a timescale", problems);
				String operation = chosen(posted, "operation", OPERATIONS, "Choose to start or stop it", problems);
				return problems.isEmpty() ? EffectDrafts.clock(clock, operation) : null;
			}
			case "team" -> {
				String team = chosen(posted, "team", choices.teams(), "Choose a team that exists today", problems);
				return problems.isEmpty() ? EffectDrafts.assign("team", team) : null;
			}
			case "person" -> {
				String person = chosen(posted, "person", choices.people(), "Choose a person who works cases", problems);
				return problems.isEmpty() ? EffectDrafts.assign("officer", person) : null;
			}
			case "escalate" -> {
				String type = chosen(posted, "escalateType", choices.types(), "Choose a feedback type", problems);
				List<String> carried = Optional.ofNullable(posted.get("carry")).orElse(List.of());
				if (!carried.stream()
					.allMatch(name -> choices.questions().stream().anyMatch(choice -> choice.value().equals(name)))) {
					problems.add(new PageProblem("carry", "Choose answers the form has"));
				}
				return problems.isEmpty() ? EffectDrafts.escalate(type, carried) : null;
			}
			case "reclassify" -> {
				String type = chosen(posted, "reclassifyType", choices.types(), "Choose a feedback type", problems);
				return problems.isEmpty() ? EffectDrafts.reclassify(type) : null;
			}
			case "close" -> {
				String reason = chosen(posted, "closeReason", choices.reasons(), "Choose a closure reason", problems);
				return problems.isEmpty() ? EffectDrafts.close(reason) : null;
			}
			case "reopen" -> {
				String input = chosen(posted, "reopenInput", choices.inputs(),
						"Choose the question that asks why: add a required reason on the questions page first",
						problems);
				return problems.isEmpty() ? EffectDrafts.reopen(input) : null;
			}
			case "notify" -> {
				String template = chosen(posted, "template", choices.templates(), "Choose a template", problems);
				String to = chosen(posted, "recipient", RECIPIENTS, "Choose who it goes to", problems);
				return problems.isEmpty() ? EffectDrafts.notify(template, to) : null;
			}
			case "link" -> {
				String relation = chosen(posted, "relation", RELATIONS, "Choose how the cases are linked", problems);
				String input = chosen(posted, "linkInput", choices.inputs(),
						"Choose the question that asks for the other case’s reference", problems);
				return problems.isEmpty() ? EffectDrafts.link(relation, input) : null;
			}
			default -> {
				return null;
			}
		}
	}

	private static String chosen(MultiValueMap<String, String> posted, String field,
			List<WorkflowDrafts.Choice> offered, String problem, List<PageProblem> problems) {
		String value = Optional.ofNullable(posted.getFirst(field)).orElse("");
		if (offered.stream().noneMatch(choice -> choice.value().equals(value))) {
			problems.add(new PageProblem(field, problem));
		}
		return value;
	}

	private static String fieldOf(String kind) {
		return Map
			.of("clock", "clock", "team", "team", "person", "person", "escalate", "escalateType", "reclassify",
					"reclassifyType", "close", "closeReason", "reopen", "reopenInput", "notify", "template", "link",
					"relation")
			.getOrDefault(kind, "effects-table");
	}

	private Choices choices(ActionPages.Page page) {
		WorkflowDrafts.TypeWorkflow workflow = page.workflow();
		Optional<CompiledConfiguration> compiled = page.compiled();
		LocalDate today = LocalDate.now(this.clock);
		List<WorkflowDrafts.Choice> clocks = workflow.compiled()
			.declaredClocks()
			.stream()
			.map(clock -> new WorkflowDrafts.Choice(clock.id(), Texts.english(clock.label(), clock.id())))
			.toList();
		List<WorkflowDrafts.Choice> teams = compiled
			.map(configuration -> configuration.orgStructure()
				.activeOn(today)
				.stream()
				.map(unit -> new WorkflowDrafts.Choice(unit.id(), Texts.english(unit.name(), unit.id())))
				.toList())
			.orElse(List.of());
		List<WorkflowDrafts.Choice> people = this.memberships.list()
			.stream()
			.filter(member -> member.roles().stream().anyMatch(CASE_ROLES::contains))
			.filter(member -> !this.machines.isMachine(member.user()))
			.map(member -> new WorkflowDrafts.Choice(member.user(), member.user()))
			.toList();
		List<WorkflowDrafts.Choice> types = workflow.state()
			.ofKind("feedback-type")
			.stream()
			.filter(type -> !type.id().equals(workflow.typeId()))
			.map(type -> new WorkflowDrafts.Choice(type.id(), Texts.english(type.title(), type.id())))
			.toList();
		List<WorkflowDrafts.Choice> reasons = compiled
			.flatMap(configuration -> configuration.codeList("closure-reasons"))
			.map(list -> list.current()
				.stream()
				.map(code -> new WorkflowDrafts.Choice(code.code(), Texts.english(code.label(), code.code())))
				.toList())
			.orElse(List.of());
		List<WorkflowDrafts.Choice> templates = workflow.state()
			.ofKind("notification-template")
			.stream()
			.map(template -> new WorkflowDrafts.Choice(template.id(), Texts.english(template.title(), template.id())))
			.toList();
		List<WorkflowDrafts.Choice> inputs = page.found()
			.inputNames()
			.stream()
			.map(name -> new WorkflowDrafts.Choice(name,
					Texts.english(page.found().inputs().path("properties").path(name).get("title"), name)))
			.toList();
		List<WorkflowDrafts.Choice> questions = page.questions()
			.stream()
			.map(question -> new WorkflowDrafts.Choice(question.name(), question.label()))
			.toList();
		return new Choices(clocks, teams, people, types, reasons, templates, inputs, questions);
	}

	private String show(Model model, ActionPages.Page page, Choices choices, String hash, List<PageProblem> problems) {
		ActionPages.common(model, page, hash, problems);
		model.addAttribute("effects", page.found().effects().stream().map(EffectWords::of).toList());
		model.addAttribute("choices", choices);
		model.addAttribute("operations", OPERATIONS);
		model.addAttribute("recipients", RECIPIENTS);
		model.addAttribute("relations", RELATIONS);
		return "admin/workflows/action-effects";
	}

	/**
	 * What the page offers to choose from.
	 *
	 * @param clocks the workflow's clocks
	 * @param teams the org units that exist today
	 * @param people the members who work cases (never a machine client)
	 * @param types the other feedback types
	 * @param reasons the closure reasons in use
	 * @param templates the draft's notification templates
	 * @param inputs the action's questions
	 * @param questions the type's form questions an escalation may carry
	 */
	record Choices(List<WorkflowDrafts.Choice> clocks, List<WorkflowDrafts.Choice> teams,
			List<WorkflowDrafts.Choice> people, List<WorkflowDrafts.Choice> types, List<WorkflowDrafts.Choice> reasons,
			List<WorkflowDrafts.Choice> templates, List<WorkflowDrafts.Choice> inputs,
			List<WorkflowDrafts.Choice> questions) {
	}

}
