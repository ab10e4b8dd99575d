package org.candour.admin.forms;

import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.EndpointRoles;
import org.candour.definition.editing.FormChange;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page of a form moved up or down, copied (its questions under new data field names) or
 * deleted after a confirmation page that says why a deletion is refused. Each save
 * carries the form's hash as the page read it.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/feedback-types/{id}/form/pages/{page}")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class PageActionsController {

	private final TypeForms forms;

	PageActionsController(TypeForms forms) {
		this.forms = forms;
	}

	@PostMapping("/move")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String move(@PathVariable String id, @PathVariable int page, @RequestParam(defaultValue = "") String hash,
			@RequestParam int by, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		TypeForms.TypeForm form = this.forms.require(id);
		FormSummary.Page shown = summaryPage(form, page);
		int step = (by < 0) ? -1 : 1;
		FormChange change = form.editor().movePage(form.form().content(), shown.index(), step);
		int to = Math.max(1, Math.min(page + step, form.view().pages().size()));
		return this.forms.save(form, change, hash, model, response,
				refused -> TypeForms.refusedThen(redirect, refused, form.url() + "#page-" + page),
				() -> TypeForms.savedThen(redirect,
						"Page ‘" + shown.title() + "’ moved " + ((step < 0) ? "up" : "down") + ": it is now page " + to,
						form.url() + "#page-" + to));
	}

	@PostMapping("/copy")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String copy(@PathVariable String id, @PathVariable int page, @RequestParam(defaultValue = "") String hash,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		TypeForms.TypeForm form = this.forms.require(id);
		FormSummary.Page shown = summaryPage(form, page);
		FormChange change = form.editor().copyPage(form.form().content(), shown.index());
		return this.forms.save(form, change, hash, model, response,
				refused -> TypeForms.refusedThen(redirect, refused, form.url() + "#page-" + page),
				() -> TypeForms.savedThen(redirect,
						"Page " + page + " ‘" + shown.title() + "’ copied: the copy is page " + (page + 1),
						form.url() + "#page-" + (page + 1)));
	}

	@GetMapping("/delete")
	String confirmDelete(@PathVariable String id, @PathVariable int page, Model model) {
		TypeForms.TypeForm form = this.forms.require(id);
		return showDelete(model, form, summaryPage(form, page), form.hash(), List.of());
	}

	@PostMapping("/delete")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String delete(@PathVariable String id, @PathVariable int page, @RequestParam(defaultValue = "") String hash,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		TypeForms.TypeForm form = this.forms.require(id);
		FormSummary.Page shown = summaryPage(form, page);
		FormChange change = form.editor().deletePage(form.form().content(), shown.index());
		Function<String, String> refusedPage = refused -> TypeForms.invalid(response,
				showDelete(model, form, shown, hash, List.of(new FieldProblem("delete", refused))));
		if (change.refused()) {
			return refusedPage.apply(FormRefusals.pageWords(change.refusal()));
		}
		return this.forms.save(form, change, hash, model, response, refusedPage,
				() -> TypeForms.savedThen(redirect, "Page " + page + " ‘" + shown.title() + "’ deleted", form.url()));
	}

	private static FormSummary.Page summaryPage(TypeForms.TypeForm form, int number) {
		QuestionController.page(form, number);
		return FormSummary.of(form.view()).pages().get(number - 1);
	}

	private static String showDelete(Model model, TypeForms.TypeForm form, FormSummary.Page page, String hash,
			List<FieldProblem> problems) {
		QuestionController.common(model, form);
		model.addAttribute("page", page);
		model.addAttribute("hash", hash);
		model.addAttribute("errors", problems);
		return "admin/forms/delete-page";
	}

}
