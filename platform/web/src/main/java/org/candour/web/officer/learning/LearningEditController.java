package org.candour.web.officer.learning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.ApiError;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.learning.LearningPlans;
import org.candour.learning.LearningView;
import org.candour.tenancy.TenantContext;
import org.candour.web.officer.FieldProblem;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing what a learning record says: its statement, its theme and the cases it came
 * from (references one a line; each must exist and be one the member may see, and the
 * first gives the record its org unit). Checked by the learning module as the API's PATCH
 * checks it; problems are shown in the error summary (422) with what was typed and
 * nothing is written; a record changed since the form was read is the conflict page
 * (409).
 */
@Controller
@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR })
class LearningEditController {

	static final int MAX_STATEMENT = 4000;

	static final int MAX_CASES = 100;

	private final LearningPlans plans;

	private final LearningVocabulary vocabulary;

	private final LearningText text;

	LearningEditController(LearningPlans plans, LearningVocabulary vocabulary, LearningText text) {
		this.plans = plans;
		this.vocabulary = vocabulary;
		this.text = text;
	}

	@GetMapping("/t/{tenant}/learning/{id:LRN-[0-9]+}/edit")
	String form(@PathVariable String id, Model model) {
		LearningView record = LearningPages.find(this.plans, id);
		return show(record, record.statement(), record.theme(), String.join("\n", record.cases()), record.version(),
				List.of(), model);
	}

	@PostMapping("/t/{tenant}/learning/{id:LRN-[0-9]+}/edit")
	String save(@PathVariable String id, @RequestParam(defaultValue = "") String statement,
			@RequestParam(defaultValue = "") String theme, @RequestParam(defaultValue = "") String cases,
			@RequestParam long version, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String tenant = TenantContext.require().value();
		String given = statement.strip();
		List<String> references = references(cases);
		List<FieldProblem> problems = new ArrayList<>();
		if (given.isEmpty()) {
			problems.add(FieldProblem.of("statement", this.text.text("learning.statement.required")));
		}
		else if (given.length() > MAX_STATEMENT) {
			problems
				.add(FieldProblem.of("statement", this.text.text("learning.edit.statement.too-long", MAX_STATEMENT)));
		}
		if (theme.isBlank()) {
			problems
				.add(new FieldProblem("theme", "#theme-" + firstTheme(), this.text.text("learning.theme.required")));
		}
		if (references.isEmpty()) {
			problems.add(FieldProblem.of("cases", this.text.text("learning.edit.cases.required")));
		}
		else if (references.size() > MAX_CASES) {
			problems.add(FieldProblem.of("cases", this.text.text("learning.edit.cases.too-many", MAX_CASES)));
		}
		if (problems.isEmpty()) {
			ObjectNode body = JsonNodeFactory.instance.objectNode().put("statement", given).put("theme", theme);
			ArrayNode linked = body.putArray("cases");
			references.forEach(linked::add);
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
			return show(LearningPages.find(this.plans, id), statement, theme, cases, version, problems, model);
		}
		redirect.addFlashAttribute("success", this.text.text("learning.edit.saved", id));
		return "redirect:" + LearningPaths.record(tenant, id);
	}

	/** The references typed, one a line (or separated by commas or spaces), each once. */
	static List<String> references(String typed) {
		LinkedHashSet<String> references = new LinkedHashSet<>();
		for (String reference : typed.split("[\\s,;]+")) {
			if (!reference.isBlank()) {
				references.add(reference.strip());
			}
		}
		return new ArrayList<>(references);
	}

	private String show(LearningView record, String statement, String theme, String cases, long version,
			List<FieldProblem> problems, Model model) {
		String tenant = TenantContext.require().value();
		model.addAttribute("record", record);
		model.addAttribute("statement", statement);
		model.addAttribute("theme", theme);
		model.addAttribute("themes", this.vocabulary.read().themes());
		model.addAttribute("cases", cases);
		model.addAttribute("version", version);
		model.addAttribute("errors", problems);
		model.addAttribute("fieldErrors", FieldProblem.byField(problems));
		model.addAttribute("recordUrl", LearningPaths.record(tenant, record.id()));
		model.addAttribute("formAction", LearningPaths.edit(tenant, record.id()));
		return "officer/learning/edit";
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
			String pointer = (error.pointer() == null) ? "" : error.pointer();
			String field = pointer.startsWith("/cases") ? "cases" : pointer.equals("/theme") ? "theme" : "statement";
			problems.add(FieldProblem.of(field, error.message()));
		}
		return problems;
	}

}
