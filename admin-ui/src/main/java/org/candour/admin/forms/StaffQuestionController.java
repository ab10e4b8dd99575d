package org.candour.admin.forms;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.EndpointRoles;
import org.candour.definition.editing.FormChange;
import org.candour.definition.editing.FormEditor;
import org.candour.definition.editing.FormView;

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
 * Questions staff record, which no page asks residents: adding one (its kind first, then
 * its words), and taking a page's question off its page so that only staff record it.
 * Officers record them on the case screen. Changing one is the question page; asking one
 * on a page again is the move-to-page page.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/feedback-types/{id}/form")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class StaffQuestionController {

	/** What a new long text staff record may hold, unless the administrator says. */
	private static final String LONG_TEXT_LIMIT = "2000";

	private final TypeForms forms;

	private final FileLimits files;

	StaffQuestionController(TypeForms forms, FileLimits files) {
		this.forms = forms;
		this.files = files;
	}

	@GetMapping("/staff-questions/new")
	String chooseKind(@PathVariable String id, Model model) {
		return showKinds(model, this.forms.require(id), List.of());
	}

	@PostMapping("/staff-questions/new")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String kindChosen(@PathVariable String id, @RequestParam(required = false) String kind, Model model,
			HttpServletResponse response) {
		TypeForms.TypeForm form = this.forms.require(id);
		if (!staffKind(kind)) {
			return TypeForms.invalid(response,
					showKinds(model, form, List.of(new FieldProblem("kind", "Select the kind of question"))));
		}
		return "redirect:" + form.url() + "/staff-questions/new/" + kind;
	}

	@GetMapping("/staff-questions/new/{kind}")
	String newQuestion(@PathVariable String id, @PathVariable String kind, Model model) {
		TypeForms.TypeForm form = this.forms.require(id);
		QuestionFields empty = QuestionFields.empty(form.hash());
		if ("textarea".equals(kind)) {
			empty = new QuestionFields("", "", null, "", LONG_TEXT_LIMIT, "", "", null, "any", List.of(), "", "", "",
					"", form.hash());
		}
		return showNew(model, form, kind, empty, List.of());
	}

	@PostMapping("/staff-questions/new/{kind}")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String add(@PathVariable String id, @PathVariable String kind, @ModelAttribute QuestionFields fields, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		TypeForms.TypeForm form = this.forms.require(id);
		List<FieldProblem> problems = staffKind(kind) ? fields.problems(kind, false, this.files) : List.of();
		if (!problems.isEmpty()) {
			return TypeForms.invalid(response, showNew(model, form, kind, fields, problems));
		}
		FormChange change = form.editor().addStaffQuestion(form.form().content(), fields.draft(kind));
		return this.forms.save(form, change, fields.hash(), model, response,
				refused -> TypeForms.invalid(response,
						showNew(model, form, kind, fields, List.of(new FieldProblem(field(kind), refused)))),
				() -> TypeForms.savedThen(redirect,
						"Question ‘" + fields.label().trim() + "’ added for staff to record",
						form.url() + "#question-" + change.question()));
	}

	@GetMapping("/questions/{name}/staff")
	String confirm(@PathVariable String id, @PathVariable String name, Model model) {
		TypeForms.TypeForm form = this.forms.require(id);
		return showConfirm(model, form, QuestionController.question(form, name), form.hash(), List.of());
	}

	@PostMapping("/questions/{name}/staff")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String makeStaffOnly(@PathVariable String id, @PathVariable String name,
			@RequestParam(defaultValue = "") String hash, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		TypeForms.TypeForm form = this.forms.require(id);
		FormView.Question question = QuestionController.question(form, name);
		FormChange change = form.editor().makeStaffOnly(form.form().content(), name);
		return this.forms.save(form, change, hash, model, response,
				refused -> TypeForms.invalid(response,
						showConfirm(model, form, question, hash, List.of(new FieldProblem("staff", refused)))),
				() -> TypeForms.savedThen(redirect,
						"Question ‘" + question.label().english() + "’ taken off its page: only staff record it now",
						form.url() + "#question-" + name));
	}

	private static boolean staffKind(String kind) {
		return QuestionKinds.known(kind) && FormEditor.STAFF_KINDS.contains(kind);
	}

	/** The field a refusal of a new question is shown on. */
	private static String field(String kind) {
		return "textarea".equals(kind) ? "maxLength" : "label";
	}

	private static String showKinds(Model model, TypeForms.TypeForm form, List<FieldProblem> problems) {
		QuestionController.common(model, form);
		model.addAttribute("kindAction", form.url() + "/staff-questions/new");
		model.addAttribute("kindCaption", form.typeTitle() + ", a question staff record");
		model.addAttribute("kinds",
				QuestionKinds.choices().stream().filter(choice -> staffKind(choice.value())).toList());
		model.addAttribute("errors", problems);
		return "admin/forms/kind";
	}

	private String showNew(Model model, TypeForms.TypeForm form, String kind, QuestionFields fields,
			List<FieldProblem> problems) {
		if (!staffKind(kind)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		QuestionController.common(model, form);
		model.addAttribute("heading", "Add a question staff record");
		model.addAttribute("action", form.url() + "/staff-questions/new/" + kind);
		model.addAttribute("backUrl", form.url() + "/staff-questions/new");
		model.addAttribute("button", "Add question");
		model.addAttribute("staff", true);
		return QuestionController.showFields(model, kind, false, fields, problems, this.files);
	}

	private static String showConfirm(Model model, TypeForms.TypeForm form, FormView.Question question, String hash,
			List<FieldProblem> problems) {
		QuestionController.common(model, form);
		model.addAttribute("question", question.label().english());
		model.addAttribute("name", question.name());
		model.addAttribute("hash", hash);
		model.addAttribute("errors", problems);
		return "admin/forms/staff";
	}

}
