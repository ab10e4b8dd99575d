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
 * A question copied (after it, under a new data field name, labelled "… (copy)") or moved
 * to the end of another page chosen from the form's pages. Each save carries the form's
 * hash as the page read it.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/feedback-types/{id}/form/questions/{name}")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class QuestionActionsController {

	private static final String COPY = " (copy)";

	private final TypeForms forms;

	QuestionActionsController(TypeForms forms) {
		this.forms = forms;
	}

	@PostMapping("/copy")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String copy(@PathVariable String id, @PathVariable String name, @RequestParam(defaultValue = "") String hash,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		TypeForms.TypeForm form = this.forms.require(id);
		FormView.Question question = QuestionController.question(form, name);
		FormChange copied = form.editor().copyQuestion(form.form().content(), name);
		FormChange change = copied.refused() ? copied : relabelled(form, copied, question);
		return this.forms.save(form, change, hash, model, response,
				refused -> TypeForms.refusedThen(redirect, refused, form.url() + "#question-" + name),
				() -> TypeForms.savedThen(redirect,
						"Question ‘" + question.label().english() + "’ copied: the copy is ‘"
								+ question.label().english() + COPY + "’",
						form.url() + "#question-" + copied.question()));
	}

	/** The copy labelled "… (copy)" so that the form's page tells the two apart. */
	private static FormChange relabelled(TypeForms.TypeForm form, FormChange copied, FormView.Question question) {
		Text label = question.label();
		Text copyLabel = Text.of(label.english() + COPY, label.welsh());
		FormChange change = form.editor()
			.editQuestion(copied.document(), copied.question(), question.draft().withLabel(copyLabel));
		return change.refused() ? change : new FormChange(change.document(), null, copied.question());
	}

	@GetMapping("/page")
	String choosePage(@PathVariable String id, @PathVariable String name, Model model) {
		TypeForms.TypeForm form = this.forms.require(id);
		FormView.Question question = QuestionController.anyQuestion(form, name);
		int current = pageOf(form, name);
		return showPages(model, form, question, (current == 0) ? null : String.valueOf(current), form.hash(),
				List.of());
	}

	@PostMapping("/page")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String moveToPage(@PathVariable String id, @PathVariable String name, @RequestParam(required = false) String page,
			@RequestParam(defaultValue = "") String hash, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		TypeForms.TypeForm form = this.forms.require(id);
		FormView.Question question = QuestionController.anyQuestion(form, name);
		int number = number(page, form.view().pages().size());
		if (number < 1) {
			return TypeForms.invalid(response,
					showPages(model, form, question, page, hash, List.of(new FieldProblem("page", question.staffOnly()
							? "Select the page to ask the question on" : "Select the page to move the question to"))));
		}
		if (number == pageOf(form, name)) {
			return TypeForms.invalid(response, showPages(model, form, question, page, hash, List
				.of(new FieldProblem("page", "The question is already on page " + number + ": select another page"))));
		}
		FormChange change = form.editor().moveQuestionToPage(form.form().content(), name, number - 1);
		return this.forms.save(form, change, hash, model, response,
				refused -> TypeForms.invalid(response,
						showPages(model, form, question, page, hash, List.of(new FieldProblem("page", refused)))),
				() -> TypeForms.savedThen(redirect, "Question ‘" + question.label().english() + "’ "
						+ (question.staffOnly() ? "asked at the end of page " : "moved to the end of page ") + number,
						form.url() + "#question-" + name));
	}

	private static int number(String page, int pages) {
		try {
			int number = Integer.parseInt((page == null) ? "" : page.trim());
			return (number >= 1 && number <= pages) ? number : 0;
		}
		catch (NumberFormatException notANumber) {
			return 0;
		}
	}

	private static int pageOf(TypeForms.TypeForm form, String name) {
		return form.view()
			.pages()
			.stream()
			.filter(page -> page.questions().stream().anyMatch(question -> question.name().equals(name)))
			.mapToInt(page -> page.index() + 1)
			.findFirst()
			.orElse(0);
	}

	private static String showPages(Model model, TypeForms.TypeForm form, FormView.Question question, String page,
			String hash, List<FieldProblem> problems) {
		QuestionController.common(model, form);
		int current = pageOf(form, question.name());
		model.addAttribute("question", question.label().english());
		model.addAttribute("name", question.name());
		model.addAttribute("staff", question.staffOnly());
		model.addAttribute("heading",
				question.staffOnly() ? "Ask residents this question on a page" : "Move a question to another page");
		model.addAttribute("pages",
				FormSummary.of(form.view())
					.pages()
					.stream()
					.map(shown -> new KindChoice(String.valueOf(shown.number()),
							"Page " + shown.number() + ": " + shown.title()
									+ ((shown.number() == current) ? " (where it is now)" : "")))
					.toList());
		model.addAttribute("page", page);
		model.addAttribute("hash", hash);
		model.addAttribute("errors", problems);
		return "admin/forms/move-question";
	}

}
