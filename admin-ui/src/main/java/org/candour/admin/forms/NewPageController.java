package org.candour.admin.forms;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.EndpointRoles;
import org.candour.definition.editing.FormChange;
import org.candour.definition.editing.Text;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A new page at the end of a form: its heading and the kind of its first question, then
 * that question's words (a page is never empty), saved with the form's hash.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/feedback-types/{id}/form/pages/new")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class NewPageController {

	private final TypeForms forms;

	private final FileLimits files;

	NewPageController(TypeForms forms, FileLimits files) {
		this.forms = forms;
		this.files = files;
	}

	@GetMapping
	String newPage(@PathVariable String id, Model model) {
		return show(model, this.forms.require(id), "", null, List.of());
	}

	@PostMapping
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String headed(@PathVariable String id, @RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) String kind, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		TypeForms.TypeForm form = this.forms.require(id);
		List<FieldProblem> problems = new ArrayList<>();
		if (title.isBlank()) {
			problems.add(new FieldProblem("title", "Enter the page's heading"));
		}
		if (!QuestionKinds.known(kind)) {
			problems.add(new FieldProblem("kind", "Select the kind of the page's first question"));
		}
		if (!problems.isEmpty()) {
			return TypeForms.invalid(response, show(model, form, title, kind, problems));
		}
		redirect.addAttribute("title", title.trim());
		return "redirect:" + form.url() + "/pages/new/" + kind;
	}

	@GetMapping("/{kind}")
	String firstQuestion(@PathVariable String id, @PathVariable String kind, @RequestParam String title, Model model) {
		TypeForms.TypeForm form = this.forms.require(id);
		return showQuestion(model, form, kind, title, QuestionFields.empty(form.hash()), List.of());
	}

	@PostMapping("/{kind}")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String add(@PathVariable String id, @PathVariable String kind, @RequestParam String title,
			@ModelAttribute QuestionFields fields, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		TypeForms.TypeForm form = this.forms.require(id);
		List<FieldProblem> problems = fields.problems(kind, false, this.files);
		if (!problems.isEmpty() || title.isBlank()) {
			return TypeForms.invalid(response, showQuestion(model, form, kind, title, fields, problems));
		}
		int at = form.view().pages().size();
		FormChange change = form.editor().addPage(form.form().content(), at, Text.of(title.trim()), fields.draft(kind));
		return this.forms.save(form, change, fields.hash(), model, response,
				refused -> TypeForms.invalid(response,
						showQuestion(model, form, kind, title, fields, List.of(new FieldProblem("label", refused)))),
				() -> TypeForms.savedThen(redirect, "Page " + (at + 1) + " ‘" + title.trim() + "’ added",
						form.url() + "#page-" + (at + 1)));
	}

	private static String show(Model model, TypeForms.TypeForm form, String title, String kind,
			List<FieldProblem> problems) {
		QuestionController.common(model, form);
		model.addAttribute("heading", title);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", QuestionKinds.choices());
		model.addAttribute("errors", problems);
		return "admin/forms/new-page";
	}

	private String showQuestion(Model model, TypeForms.TypeForm form, String kind, String title, QuestionFields fields,
			List<FieldProblem> problems) {
		if (!QuestionKinds.known(kind) || title.isBlank()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		QuestionController.common(model, form);
		model.addAttribute("heading", "The first question of the page ‘" + title.trim() + "’");
		model.addAttribute("action", form.url() + "/pages/new/" + kind);
		model.addAttribute("backUrl", form.url() + "/pages/new");
		model.addAttribute("button", "Add page");
		model.addAttribute("pageTitle", title.trim());
		return QuestionController.showFields(model, kind, false, fields, problems, this.files);
	}

}
