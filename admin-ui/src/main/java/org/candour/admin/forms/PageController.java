package org.candour.admin.forms;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.EndpointRoles;
import org.candour.definition.editing.FormChange;
import org.candour.definition.editing.FormView;
import org.candour.definition.editing.Text;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page of a form renamed: its heading in English (its Welsh kept), saved with the
 * form's hash as the page read it.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/feedback-types/{id}/form/pages/{page}")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class PageController {

	private final TypeForms forms;

	PageController(TypeForms forms) {
		this.forms = forms;
	}

	@GetMapping
	String page(@PathVariable String id, @PathVariable int page, Model model) {
		TypeForms.TypeForm form = this.forms.require(id);
		FormView.Page shown = QuestionController.page(form, page);
		String heading = FormSummary.of(form.view()).pages().get(shown.index()).title();
		return show(model, form, page, heading, form.hash(), List.of());
	}

	@PostMapping
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String rename(@PathVariable String id, @PathVariable int page, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String hash, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		TypeForms.TypeForm form = this.forms.require(id);
		FormView.Page shown = QuestionController.page(form, page);
		if (title.isBlank()) {
			return TypeForms.invalid(response, show(model, form, page, title, hash,
					List.of(new FieldProblem("title", "Enter the page's heading"))));
		}
		Text before = shown.title();
		FormChange change = form.editor()
			.renamePage(form.form().content(), shown.index(),
					Text.of(title.trim(), (before == null) ? null : before.welsh()));
		return this.forms.save(form, change, hash, model, response,
				refused -> TypeForms.invalid(response,
						show(model, form, page, title, hash, List.of(new FieldProblem("title", refused)))),
				() -> TypeForms.savedThen(redirect, "Page " + page + " renamed ‘" + title.trim() + "’",
						form.url() + "#page-" + page));
	}

	private static String show(Model model, TypeForms.TypeForm form, int page, String heading, String hash,
			List<FieldProblem> problems) {
		model.addAttribute("typeTitle", form.typeTitle());
		model.addAttribute("formUrl", form.url());
		model.addAttribute("page", page);
		model.addAttribute("heading", heading);
		model.addAttribute("hash", hash);
		model.addAttribute("errors", problems);
		return "admin/forms/page";
	}

}
