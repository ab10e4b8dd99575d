package org.candour.admin.workflows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.PageProblem;
import org.candour.admin.Texts;
import org.candour.api.EndpointRoles;
import org.candour.definition.editing.GuardRows;
import org.candour.definition.editing.WorkflowChange;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An action's rules before it may happen, as rows added and removed one at a time without
 * JavaScript: a shared rule ("the decision is recorded"), a question of the type's form
 * that must be answered, or whose answer is, is not or is one of some answers. The rows
 * are compiled to the action's guard ({@link GuardRows}); a guard they cannot say is
 * shown as JSON, which a power user may replace as JSON.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/feedback-types/{id}/workflow/transitions/{action}/rules")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class ActionRulesController {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final List<WorkflowDrafts.Choice> CHECKS = List.of(
			new WorkflowDrafts.Choice("ANSWERED", "is answered"), new WorkflowDrafts.Choice("IS", "is"),
			new WorkflowDrafts.Choice("IS_NOT", "is not"), new WorkflowDrafts.Choice("IS_ONE_OF", "is one of"));

	private final ActionPages pages;

	ActionRulesController(ActionPages pages) {
		this.pages = pages;
	}

	@GetMapping
	String rules(@PathVariable String id, @PathVariable String action, Model model) {
		ActionPages.Page page = this.pages.load(id, action);
		return show(model, page, null, null, List.of());
	}

	@PostMapping("/add-rule")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String addRule(@PathVariable String id, @PathVariable String action, @RequestParam(defaultValue = "") String rule,
			@RequestParam(defaultValue = "") String hash, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ActionPages.Page page = this.pages.load(id, action);
		ActionPages.PageView view = problems -> show(model, page, hash, null, problems);
		Optional<GuardRows> rows = rows(page);
		if (rows.isEmpty() || !ruleNames(page).containsKey(rule)) {
			return ActionPages.refuse(response, view, List.of(new PageProblem("rule", "Choose a shared rule")));
		}
		return save(page, rows.get().with(GuardRows.Row.rule(rule)), hash, "rule", model, response, redirect, view);
	}

	@PostMapping("/add-question")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String addQuestion(@PathVariable String id, @PathVariable String action,
			@RequestParam(defaultValue = "") String question, @RequestParam(defaultValue = "") String check,
			@RequestParam(defaultValue = "") String answers, @RequestParam(defaultValue = "") String hash, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ActionPages.Page page = this.pages.load(id, action);
		ActionPages.PageView view = problems -> show(model, page, hash, null, problems);
		Optional<GuardRows> rows = rows(page);
		List<PageProblem> problems = new ArrayList<>();
		if (page.questions().stream().noneMatch(known -> known.name().equals(question))) {
			problems.add(new PageProblem("question",
					"Choose a question the form has: a rule cannot check a question that is not on the form"));
		}
		if (CHECKS.stream().noneMatch(choice -> choice.value().equals(check))) {
			problems.add(new PageProblem("check", "Choose what the answer must be"));
		}
		List<String> values = Arrays.stream(answers.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		if (!"ANSWERED".equals(check) && values.isEmpty()) {
			problems.add(new PageProblem("answers", "Enter the answer the rule checks for"));
		}
		if (rows.isEmpty()) {
			problems.add(new PageProblem("question", "This action’s rules are JSON: change them as JSON below"));
		}
		if (!problems.isEmpty()) {
			return ActionPages.refuse(response, view, problems);
		}
		GuardRows.Check kind = GuardRows.Check.valueOf(check);
		List<String> kept = switch (kind) {
			case ANSWERED -> List.of();
			case IS, IS_NOT -> values.subList(0, 1);
			default -> values;
		};
		return save(page, rows.get().with(new GuardRows.Row(kind, question, kept)), hash, "question", model, response,
				redirect, view);
	}

	@PostMapping("/remove")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String remove(@PathVariable String id, @PathVariable String action, @RequestParam(defaultValue = "-1") int row,
			@RequestParam(defaultValue = "") String hash, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ActionPages.Page page = this.pages.load(id, action);
		ActionPages.PageView view = problems -> show(model, page, hash, null, problems);
		Optional<GuardRows> rows = rows(page);
		if (rows.isEmpty() || row < 0 || row >= rows.get().rows().size()) {
			return ActionPages.refuse(response, view, List.of(new PageProblem("rows", "Choose a rule to remove")));
		}
		return save(page, rows.get().without(row), hash, "rows", model, response, redirect, view);
	}

	@PostMapping("/add-comparison")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String addComparison(@PathVariable String id, @PathVariable String action,
			@RequestParam(defaultValue = "") String first, @RequestParam(defaultValue = "") String second,
			@RequestParam(defaultValue = "") String message, @RequestParam(defaultValue = "") String hash, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ActionPages.Page page = this.pages.load(id, action);
		ActionPages.PageView view = problems -> show(model, page, hash, null, problems);
		List<String> offered = values(page).stream().map(WorkflowDrafts.Choice::value).toList();
		List<PageProblem> problems = new ArrayList<>();
		if (!offered.contains(first)) {
			problems.add(new PageProblem("first", "Choose the first answer"));
		}
		if (!offered.contains(second) || second.equals(first)) {
			problems.add(new PageProblem("second", "Choose another answer to compare it with"));
		}
		if (message.isBlank()) {
			problems.add(new PageProblem("message", "Enter what officers are told when the two are the same"));
		}
		if (!problems.isEmpty()) {
			return ActionPages.refuse(response, view, problems);
		}
		WorkflowChange change = page.editor()
			.addComparison(page.workflow().content(), page.action(), first, second, message.trim());
		return this.pages.save(page, change, hash, "first", "Rules saved", "rules", model, response, redirect, view);
	}

	@PostMapping("/remove-comparison")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String removeComparison(@PathVariable String id, @PathVariable String action,
			@RequestParam(defaultValue = "-1") int comparison, @RequestParam(defaultValue = "") String hash,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ActionPages.Page page = this.pages.load(id, action);
		ActionPages.PageView view = problems -> show(model, page, hash, null, problems);
		WorkflowChange change = page.editor().removeComparison(page.workflow().content(), page.action(), comparison);
		return this.pages.save(page, change, hash, "comparisons", "Rules saved", "rules", model, response, redirect,
				view);
	}

	@PostMapping("/json")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String json(@PathVariable String id, @PathVariable String action, @RequestParam(defaultValue = "") String json,
			@RequestParam(defaultValue = "") String hash, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ActionPages.Page page = this.pages.load(id, action);
		ActionPages.PageView view = problems -> show(model, page, hash, json, problems);
		JsonNode guard = null;
		if (!json.isBlank()) {
			try {
				guard = JSON.readTree(json);
			}
			catch (JacksonException ex) {
				return ActionPages.refuse(response, view,
						List.of(new PageProblem("json", "Enter the rules as JSON: " + ex.getOriginalMessage())));
			}
			if (!guard.isObject()) {
				return ActionPages.refuse(response, view,
						List.of(new PageProblem("json", "Enter the rules as one JSON object")));
			}
		}
		WorkflowChange change = page.editor().setGuard(page.workflow().content(), page.action(), guard);
		return this.pages.save(page, change, hash, "json", "Rules saved", "rules", model, response, redirect, view);
	}

	private String save(ActionPages.Page page, GuardRows rows, String hash, String field, Model model,
			HttpServletResponse response, RedirectAttributes redirect, ActionPages.PageView view) {
		WorkflowChange change = page.editor()
			.setGuard(page.workflow().content(), page.action(), rows.toGuard(typeOf(page)));
		return this.pages.save(page, change, hash, field, "Rules saved", "rules", model, response, redirect, view);
	}

	private String show(Model model, ActionPages.Page page, String hash, String json, List<PageProblem> problems) {
		ActionPages.common(model, page, hash, problems);
		Map<String, String> rules = ruleNames(page);
		Map<String, String> questions = page.questions()
			.stream()
			.collect(Collectors.toMap(ActionPages.Question::name, ActionPages.Question::label, (a, b) -> a));
		Optional<GuardRows> rows = rows(page);
		model.addAttribute("rows",
				rows.map(read -> read.rows().stream().map(row -> words(row, rules, questions)).toList()).orElse(null));
		JsonNode guard = page.found().guard();
		model.addAttribute("guardJson", (guard == null) ? "" : JSON.writeValueAsString(guard));
		model.addAttribute("json", (json != null) ? json : ((guard == null) ? "" : JSON.writeValueAsString(guard)));
		model.addAttribute("ruleChoices",
				rules.entrySet()
					.stream()
					.map(entry -> new WorkflowDrafts.Choice(entry.getKey(), entry.getValue()))
					.toList());
		model.addAttribute("questionChoices",
				page.questions()
					.stream()
					.map(question -> new WorkflowDrafts.Choice(question.name(), question.label()))
					.toList());
		model.addAttribute("checks", CHECKS);
		model.addAttribute("comparisons",
				page.found()
					.comparisons()
					.stream()
					.map(comparison -> GuardRows.compared(comparison) + ": ‘"
							+ Texts.english(comparison.get("message"), "") + "’")
					.toList());
		model.addAttribute("values", values(page));
		return "admin/workflows/action-rules";
	}

	/** A row in the page's words: rules by title, questions by label. */
	private static String words(GuardRows.Row row, Map<String, String> rules, Map<String, String> questions) {
		String values = row.values().stream().map(value -> "‘" + value + "’").collect(Collectors.joining(", "));
		String question = "‘" + questions.getOrDefault(row.subject(), row.subject()) + "’";
		return switch (row.check()) {
			case RULE -> rules.getOrDefault(row.subject(), row.subject());
			case ANSWERED -> question + " is answered";
			case IS -> question + " is " + values;
			case IS_NOT -> question + " is not " + values;
			case IS_ONE_OF -> question + " is one of " + values;
		};
	}

	/** The answers a comparison may name: the form's questions and the action's own. */
	private static List<WorkflowDrafts.Choice> values(ActionPages.Page page) {
		List<WorkflowDrafts.Choice> values = new ArrayList<>();
		page.questions()
			.forEach(question -> values.add(new WorkflowDrafts.Choice("/data/" + question.name(), question.label())));
		page.found()
			.inputNames()
			.forEach(name -> values.add(new WorkflowDrafts.Choice("/inputs/" + name,
					Texts.english(page.found().inputs().path("properties").path(name).get("title"), name)
							+ " (asked when taking the action)")));
		return values;
	}

	private static Optional<GuardRows> rows(ActionPages.Page page) {
		return GuardRows.of(page.found().guard(), typeOf(page));
	}

	private static Function<String, String> typeOf(ActionPages.Page page) {
		Map<String, String> types = page.questions()
			.stream()
			.collect(Collectors.toMap(ActionPages.Question::name, ActionPages.Question::type, (a, b) -> a));
		return question -> types.getOrDefault(question, "string");
	}

	/** The draft's shared rules by id, with their titles. */
	private static Map<String, String> ruleNames(ActionPages.Page page) {
		return page.workflow()
			.state()
			.ofKind("rule")
			.stream()
			.collect(Collectors.toMap(rule -> rule.id(), rule -> Texts.english(rule.title(), rule.id()), (a, b) -> a,
					java.util.TreeMap::new));
	}

}
