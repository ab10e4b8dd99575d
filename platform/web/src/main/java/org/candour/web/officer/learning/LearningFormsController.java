package org.candour.web.officer.learning;

import org.candour.web.officer.FieldProblem;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.ApiError;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.web.officer.reports.ReportTime;
import org.candour.learning.ActionView;
import org.candour.learning.LearningPlans;
import org.candour.learning.LearningView;
import org.candour.tenancy.TenantContext;
import org.candour.web.officer.OfficerPaths;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording learning from a case (statement, theme and an optional first action), adding
 * an action to a record and changing one. Problems are shown in the error summary (422)
 * linked to their fields, with what was typed; a change made from a version someone else
 * has since changed is the conflict page (409) and nothing is written.
 */
@Controller
@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR })
class LearningFormsController {

	private final LearningPlans plans;

	private final LearningVocabulary vocabulary;

	private final LearningText text;

	private final ReportTime time;

	LearningFormsController(LearningPlans plans, LearningVocabulary vocabulary, LearningText text, ReportTime time) {
		this.plans = plans;
		this.vocabulary = vocabulary;
		this.text = text;
		this.time = time;
	}

	@GetMapping("/t/{tenant}/learning/new")
	String recordForm(@RequestParam("case") String reference, Model model) {
		return showRecord(reference, "", "", ActionForm.blank(), List.of(), model);
	}

	@PostMapping("/t/{tenant}/learning/new")
	String record(@RequestParam("case") String reference, @RequestParam MultiValueMap<String, String> params,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String statement = value(params, "statement");
		String theme = value(params, "theme");
		ActionForm action = ActionForm.read(params);
		List<FieldProblem> problems = new ArrayList<>();
		if (statement.isEmpty()) {
			problems.add(FieldProblem.of("statement", this.text.text("learning.statement.required")));
		}
		if (theme.isEmpty()) {
			problems
				.add(new FieldProblem("theme", "#theme-" + firstTheme(), this.text.text("learning.theme.required")));
		}
		if (!action.empty()) {
			problems.addAll(action.problems(this.text::text));
		}
		String id = null;
		if (problems.isEmpty()) {
			ObjectNode body = JsonNodeFactory.instance.objectNode();
			body.put("statement", statement);
			body.put("theme", theme);
			body.putArray("cases").add(reference);
			if (!action.empty()) {
				body.putArray("actions").add(action.json(false));
			}
			try {
				id = this.plans.record(body);
			}
			catch (Refusal ex) {
				problems.addAll(refused(ex));
			}
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showRecord(reference, statement, theme, action, problems, model);
		}
		redirect.addFlashAttribute("success", this.text.text("learning.recorded", id));
		return "redirect:" + LearningPaths.record(TenantContext.require().value(), id);
	}

	@GetMapping("/t/{tenant}/learning/{id:LRN-[0-9]+}/actions/new")
	String addForm(@PathVariable String id, Model model) {
		LearningView record = LearningPages.find(this.plans, id);
		return showAction(record, null, ActionForm.blank(), record.version(), List.of(), model);
	}

	@PostMapping("/t/{tenant}/learning/{id:LRN-[0-9]+}/actions/new")
	String add(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, @RequestParam long version,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ActionForm action = ActionForm.read(params);
		return save(id, null, action, version, model, response, redirect);
	}

	@GetMapping("/t/{tenant}/learning/{id:LRN-[0-9]+}/actions/{action:A[0-9]+}")
	String changeForm(@PathVariable String id, @PathVariable String action, Model model) {
		LearningView record = LearningPages.find(this.plans, id);
		ActionView found = record.actions()
			.stream()
			.filter(candidate -> candidate.action().id().equals(action))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return showAction(record, action, ActionForm.of(found.action()), record.version(), List.of(), model);
	}

	@PostMapping("/t/{tenant}/learning/{id:LRN-[0-9]+}/actions/{action:A[0-9]+}")
	String change(@PathVariable String id, @PathVariable String action,
			@RequestParam MultiValueMap<String, String> params, @RequestParam long version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return save(id, action, ActionForm.read(params), version, model, response, redirect);
	}

	private String save(String id, String actionId, ActionForm action, long version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String tenant = TenantContext.require().value();
		List<FieldProblem> problems = new ArrayList<>(action.problems(this.text::text));
		if (problems.isEmpty()) {
			ObjectNode body = JsonNodeFactory.instance.objectNode();
			if (actionId == null) {
				body.putArray("addActions").add(action.json(false));
			}
			else {
				body.putObject("actions").set(actionId, action.json(true));
			}
			try {
				this.plans.change(id, body, version);
			}
			catch (Refusal ex) {
				if (ex.is(Refusal.Kind.STALE)) {
					return LearningPages.conflict(tenant, id, model, response);
				}
				if (ex.is(Refusal.Kind.NOT_FOUND)) {
					throw new ResponseStatusException(HttpStatus.NOT_FOUND);
				}
				problems.addAll(refused(ex));
			}
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showAction(LearningPages.find(this.plans, id), actionId, action, version, problems, model);
		}
		redirect.addFlashAttribute("success",
				this.text.text((actionId == null) ? "learning.action.added" : "learning.action.changed"));
		return "redirect:" + LearningPaths.record(tenant, id);
	}

	private String showRecord(String reference, String statement, String theme, ActionForm action,
			List<FieldProblem> problems, Model model) {
		String tenant = TenantContext.require().value();
		LearningVocabulary.Words words = this.vocabulary.read();
		model.addAttribute("reference", reference);
		model.addAttribute("caseUrl", OfficerPaths.caseScreen(tenant, reference));
		model.addAttribute("statement", statement);
		model.addAttribute("theme", theme);
		model.addAttribute("themes", words.themes());
		model.addAttribute("action", action);
		model.addAttribute("owners", this.vocabulary.owners(words.units(), this.time.today()));
		model.addAttribute("involvements", ActionForm.INVOLVEMENTS);
		model.addAttribute("errors", problems);
		model.addAttribute("fieldErrors", FieldProblem.byField(problems));
		model.addAttribute("formAction", "/t/" + tenant + "/learning/new?case=" + reference);
		return "officer/learning/new";
	}

	private String showAction(LearningView record, String actionId, ActionForm action, long version,
			List<FieldProblem> problems, Model model) {
		String tenant = TenantContext.require().value();
		LearningVocabulary.Words words = this.vocabulary.read();
		model.addAttribute("record", record);
		model.addAttribute("actionId", actionId);
		model.addAttribute("action", action);
		model.addAttribute("version", version);
		model.addAttribute("owners", this.vocabulary.owners(words.units(), this.time.today()));
		model.addAttribute("involvements", ActionForm.INVOLVEMENTS);
		model.addAttribute("errors", problems);
		model.addAttribute("fieldErrors", FieldProblem.byField(problems));
		model.addAttribute("recordUrl", LearningPaths.record(tenant, record.id()));
		model.addAttribute("formAction", (actionId == null) ? LearningPaths.newAction(tenant, record.id())
				: LearningPaths.action(tenant, record.id(), actionId));
		return "officer/learning/action";
	}

	private String firstTheme() {
		List<org.candour.web.officer.PickLists.Item> themes = this.vocabulary.read().themes();
		return themes.isEmpty() ? "" : themes.get(0).value();
	}

	/** The engine's refusal, each problem on the field its pointer names. */
	private static List<FieldProblem> refused(Refusal ex) {
		if (ex.violations() == null || ex.violations().isEmpty()) {
			throw ex;
		}
		List<FieldProblem> problems = new ArrayList<>();
		for (ApiError error : ex.violations()) {
			problems.add(fieldOf(error));
		}
		return problems;
	}

	private static FieldProblem fieldOf(ApiError error) {
		String pointer = (error.pointer() == null) ? "" : error.pointer();
		if (pointer.endsWith("/dueDate")) {
			return new FieldProblem("due", "#due-day", error.message());
		}
		if (pointer.endsWith("/startDate")) {
			return new FieldProblem("start", "#start-day", error.message());
		}
		if (pointer.contains("/owner")) {
			return FieldProblem.of("owner", error.message());
		}
		if (pointer.equals("/theme")) {
			return FieldProblem.of("theme", error.message());
		}
		if (pointer.contains("/actions/") || pointer.contains("/addActions/")) {
			return FieldProblem.of("description", error.message());
		}
		return FieldProblem.of("statement", error.message());
	}

	private static String value(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return (value == null) ? "" : value.strip();
	}

}
