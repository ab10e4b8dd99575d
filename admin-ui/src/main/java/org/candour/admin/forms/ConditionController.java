package org.candour.admin.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.EndpointRoles;
import org.candour.definition.editing.ConditionRows;
import org.candour.definition.editing.FormChange;
import org.candour.definition.editing.FormView;
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
 * A question's condition as rows ("show this question when <question> <is | is not | is
 * one of> <answers>", all or any): rows added and removed by posting the page back (no
 * JavaScript; a row whose question was changed is shown again with that question's
 * answers before anything is saved), checked with {@link ConditionRows}, written as the
 * JSON Forms rule on the question's control and saved only if the form is unchanged since
 * the page read it.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/feedback-types/{id}/form/questions/{name}/condition")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class ConditionController {

	private final TypeForms forms;

	ConditionController(TypeForms forms) {
		this.forms = forms;
	}

	@GetMapping
	String condition(@PathVariable String id, @PathVariable String name, Model model) {
		TypeForms.TypeForm form = this.forms.require(id);
		FormView.Question question = QuestionController.question(form, name);
		boolean has = question.condition() != null && !question.condition().isNull();
		Optional<ConditionRows> rows = has ? ConditionRows.of(question.condition()) : Optional.empty();
		ConditionFields fields = rows.map(found -> ConditionFields.of(found, form.hash()))
			.orElseGet(() -> ConditionFields.empty(form.hash()));
		return show(model, form, question, this.forms.questions(form), fields, List.of());
	}

	@PostMapping
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String post(@PathVariable String id, @PathVariable String name, @RequestParam MultiValueMap<String, String> posted,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		TypeForms.TypeForm form = this.forms.require(id);
		FormView.Question question = QuestionController.question(form, name);
		FormQuestions questions = this.forms.questions(form);
		ConditionFields fields = ConditionFields.read(posted, textQuestions(questions));
		String action = Optional.ofNullable(posted.getFirst("action")).orElse("save");
		if (posted.getFirst("remove") != null) {
			return show(model, form, question, questions, fields.without(index(posted.getFirst("remove"))), List.of());
		}
		if ("add".equals(action)) {
			return show(model, form, question, questions, fields.withRow(), List.of());
		}
		if ("answers".equals(action)) {
			return show(model, form, question, questions, fields, List.of());
		}
		Optional<ConditionFields> changed = fields.questionsChanged(posted);
		if (changed.isPresent() && !"delete".equals(action)) {
			return show(model, form, question, questions, changed.get(), List.of());
		}
		ObjectNode rule = null;
		if (!"delete".equals(action)) {
			fields = fields.withoutBlankRows();
			ConditionRows rows = fields.toRows();
			List<FieldProblem> problems = rows.check(questions.layout(), name)
				.stream()
				.map(problem -> new FieldProblem(field(problem.field()), problem.message()))
				.toList();
			if (!problems.isEmpty()) {
				return TypeForms.invalid(response, show(model, form, question, questions,
						fields.rows().isEmpty() ? fields.withRow() : fields, problems));
			}
			rule = rows.toRule(questions.layout(), name);
		}
		FormChange change = form.editor().setCondition(form.form().content(), name, rule);
		ConditionFields saving = fields;
		String done = ((rule == null) ? "Condition removed from ‘" : "Condition saved for ‘")
				+ question.label().english() + "’";
		return this.forms.save(form, change, saving.hash(), model, response,
				refused -> TypeForms.invalid(response,
						show(model, form, question, questions, saving,
								List.of(new FieldProblem(field("rows"), refused)))),
				() -> TypeForms.savedThen(redirect, done, form.url() + "#question-" + name));
	}

	private static Map<String, Boolean> textQuestions(FormQuestions questions) {
		Map<String, Boolean> text = new HashMap<>();
		questions.byName().keySet().forEach(name -> text.put(name, "text".equals(questions.answerKind(name))));
		return text;
	}

	/** The field a problem links to: one about all rows, to the first row's question. */
	private static String field(String field) {
		return "rows".equals(field) ? "rows[0].question" : field;
	}

	private static int index(String value) {
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static String show(Model model, TypeForms.TypeForm form, FormView.Question question,
			FormQuestions questions, ConditionFields fields, List<FieldProblem> problems) {
		boolean has = question.condition() != null && !question.condition().isNull();
		QuestionController.common(model, form);
		model.addAttribute("question", question.label().english());
		model.addAttribute("action", form.url() + "/questions/" + question.name() + "/condition");
		model.addAttribute("hasCondition", has);
		model.addAttribute("unreadable", has && ConditionRows.of(question.condition()).isEmpty());
		model.addAttribute("condition", ConditionPage.of(fields, questions, question.name()));
		model.addAttribute("operators", ConditionPage.OPERATORS);
		model.addAttribute("matches", ConditionPage.MATCHES);
		model.addAttribute("errors", problems);
		return "admin/forms/condition";
	}

}
