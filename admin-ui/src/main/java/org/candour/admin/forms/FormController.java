package org.candour.admin.forms;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.EndpointRoles;
import org.candour.definition.editing.FormChange;
import org.candour.definition.editing.FormView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A feedback type's form, page by page and question by question, with what can be done to
 * each question (auditors see it without actions): questions moved up and down, and
 * deleted after a confirmation page that shows why a deletion is refused.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/feedback-types/{id}/form")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class FormController {

	private final TypeForms forms;

	FormController(TypeForms forms) {
		this.forms = forms;
	}

	@GetMapping
	String form(@PathVariable String id, Model model) {
		TypeForms.TypeForm form = this.forms.load(id);
		model.addAttribute("typeTitle", form.typeTitle());
		model.addAttribute("typeUrl", form.typeUrl());
		model.addAttribute("formUrl", form.url());
		if (form.form() != null) {
			model.addAttribute("view", FormSummary.of(form.view()));
			model.addAttribute("hash", form.hash());
			FormPageNotes.add(model, form, this.forms.questions(form), this.forms.welsh());
		}
		return "admin/forms/form";
	}

	@PostMapping("/questions/{name}/move")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String move(@PathVariable String id, @PathVariable String name, @RequestParam(defaultValue = "") String hash,
			@RequestParam int by, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		TypeForms.TypeForm form = this.forms.require(id);
		FormView.Question question = QuestionController.question(form, name);
		FormChange change = form.editor().moveQuestion(form.form().content(), name, (by < 0) ? -1 : 1);
		String back = form.url() + "#question-" + name;
		return this.forms.save(form, change, hash, model, response,
				refused -> TypeForms.refusedThen(redirect, refused, back), () -> TypeForms.savedThen(redirect,
						"Question ‘" + question.label().english() + "’ moved " + ((by < 0) ? "up" : "down"), back));
	}

	@GetMapping("/questions/{name}/delete")
	String confirmDelete(@PathVariable String id, @PathVariable String name, Model model) {
		TypeForms.TypeForm form = this.forms.require(id);
		return showDelete(model, form, QuestionController.anyQuestion(form, name), form.hash(), List.of());
	}

	@PostMapping("/questions/{name}/delete")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String delete(@PathVariable String id, @PathVariable String name, @RequestParam(defaultValue = "") String hash,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		TypeForms.TypeForm form = this.forms.require(id);
		FormView.Question question = QuestionController.anyQuestion(form, name);
		FormChange change = form.editor().deleteQuestion(form.form().content(), name);
		return this.forms.save(form, change, hash, model, response,
				refused -> TypeForms.invalid(response,
						showDelete(model, form, question, hash, List.of(new FieldProblem("delete", refused)))),
				() -> TypeForms.savedThen(redirect, "Question ‘" + question.label().english() + "’ deleted",
						form.url()));
	}

	private static String showDelete(Model model, TypeForms.TypeForm form, FormView.Question question, String hash,
			List<FieldProblem> problems) {
		model.addAttribute("typeTitle", form.typeTitle());
		model.addAttribute("formUrl", form.url());
		model.addAttribute("question", question.label().english());
		model.addAttribute("name", question.name());
		model.addAttribute("staff", question.staffOnly());
		model.addAttribute("hash", hash);
		model.addAttribute("errors", problems);
		return "admin/forms/delete";
	}

}
