package org.candour.admin.forms;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.EndpointRoles;
import org.candour.definition.editing.FormChange;
import org.candour.definition.editing.FormEditor;
import org.candour.definition.editing.FormView;
import org.candour.definition.editing.QuestionDraft;

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
 * Adding a question to a page (its kind first, then its words) and changing one. Each
 * save carries the form's hash as the page read it: a save over someone else's change
 * shows the conflict page and writes nothing; a refusal comes back on the field.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/feedback-types/{id}/form")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class QuestionController {

	private final TypeForms forms;

	private final FileLimits files;

	QuestionController(TypeForms forms, FileLimits files) {
		this.forms = forms;
		this.files = files;
	}

	@GetMapping("/pages/{page}/questions/new")
	String chooseKind(@PathVariable String id, @PathVariable int page, Model model) {
		return showKinds(model, this.forms.require(id), page, List.of());
	}

	@PostMapping("/pages/{page}/questions/new")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String kindChosen(@PathVariable String id, @PathVariable int page, @RequestParam(required = false) String kind,
			Model model, HttpServletResponse response) {
		TypeForms.TypeForm form = this.forms.require(id);
		if (!QuestionKinds.known(kind)) {
			return TypeForms.invalid(response,
					showKinds(model, form, page, List.of(new FieldProblem("kind", "Select the kind of question"))));
		}
		return "redirect:" + form.url() + "/pages/" + page + "/questions/new/" + kind;
	}

	@GetMapping("/pages/{page}/questions/new/{kind}")
	String newQuestion(@PathVariable String id, @PathVariable int page, @PathVariable String kind, Model model) {
		TypeForms.TypeForm form = this.forms.require(id);
		return showNew(model, form, page, kind, QuestionFields.empty(form.hash()), List.of());
	}

	@PostMapping("/pages/{page}/questions/new/{kind}")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String add(@PathVariable String id, @PathVariable int page, @PathVariable String kind,
			@ModelAttribute QuestionFields fields, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		TypeForms.TypeForm form = this.forms.require(id);
		FormView.Page onPage = page(form, page);
		List<FieldProblem> problems = fields.problems(kind, false, this.files);
		if (!problems.isEmpty()) {
			return TypeForms.invalid(response, showNew(model, form, page, kind, fields, problems));
		}
		FormChange change = form.editor()
			.addQuestion(form.form().content(), onPage.index(), onPage.questions().size(), fields.draft(kind));
		return this.forms.save(form, change, fields.hash(), model, response,
				refused -> TypeForms.invalid(response, showNew(model, form, page, kind, fields, problem(refused))),
				() -> TypeForms.savedThen(redirect, "Question ‘" + fields.label().trim() + "’ added to page " + page,
						form.url() + "#question-" + change.question()));
	}

	@GetMapping("/questions/{name}")
	String question(@PathVariable String id, @PathVariable String name, Model model) {
		TypeForms.TypeForm form = this.forms.require(id);
		FormView.Question question = anyQuestion(form, name);
		return showEdit(model, form, question, QuestionFields.of(question, form.hash(), this.files), List.of());
	}

	@PostMapping("/questions/{name}")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String edit(@PathVariable String id, @PathVariable String name, @ModelAttribute QuestionFields fields, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		TypeForms.TypeForm form = this.forms.require(id);
		FormView.Question question = anyQuestion(form, name);
		List<FieldProblem> problems = fields.problems(question.kind(), question.codeList() != null, this.files);
		if (!problems.isEmpty()) {
			return TypeForms.invalid(response, showEdit(model, form, question, fields, problems));
		}
		FormChange change = QuestionMessages.apply(form.editor(),
				form.editor().editQuestion(form.form().content(), name, fields.applyTo(question)), question, fields);
		return this.forms.save(form, change, fields.hash(), model, response,
				refused -> TypeForms.invalid(response, showEdit(model, form, question, fields, problem(refused))),
				() -> TypeForms.savedThen(redirect, "Question ‘" + fields.label().trim() + "’ changed",
						form.url() + "#question-" + name));
	}

	private static List<FieldProblem> problem(String words) {
		return List.of(new FieldProblem("label", words));
	}

	private String showKinds(Model model, TypeForms.TypeForm form, int page, List<FieldProblem> problems) {
		page(form, page);
		common(model, form);
		model.addAttribute("kindAction", form.url() + "/pages/" + page + "/questions/new");
		model.addAttribute("kindCaption", form.typeTitle() + ", page " + page);
		model.addAttribute("kinds", QuestionKinds.choices());
		model.addAttribute("errors", problems);
		return "admin/forms/kind";
	}

	private String showNew(Model model, TypeForms.TypeForm form, int page, String kind, QuestionFields fields,
			List<FieldProblem> problems) {
		if (!QuestionKinds.known(kind)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		page(form, page);
		common(model, form);
		model.addAttribute("heading", "Add a question to page " + page);
		model.addAttribute("action", form.url() + "/pages/" + page + "/questions/new/" + kind);
		model.addAttribute("backUrl", form.url() + "/pages/" + page + "/questions/new");
		model.addAttribute("button", "Add question");
		return showFields(model, kind, false, fields, problems, this.files);
	}

	private String showEdit(Model model, TypeForms.TypeForm form, FormView.Question question, QuestionFields fields,
			List<FieldProblem> problems) {
		common(model, form);
		model.addAttribute("heading", "Change a question");
		model.addAttribute("action", form.url() + "/questions/" + question.name());
		model.addAttribute("backUrl", form.url());
		model.addAttribute("button", "Save question");
		model.addAttribute("codeList", question.codeList());
		model.addAttribute("staff", question.staffOnly());
		model.addAttribute("staffUrl",
				question.staffOnly() || question.contact() || !FormEditor.STAFF_KINDS.contains(question.kind()) ? null
						: form.url() + "/questions/" + question.name() + "/staff");
		return showFields(model, question.kind(), true, fields, problems, this.files);
	}

	static String showFields(Model model, String kind, boolean editing, QuestionFields fields,
			List<FieldProblem> problems, FileLimits files) {
		if (!model.containsAttribute("staff")) {
			model.addAttribute("staff", false);
		}
		model.addAttribute("kind", kind);
		model.addAttribute("kindWords", QuestionKinds.words(kind));
		model.addAttribute("hasOptions", QuestionKinds.hasOptions(kind));
		model.addAttribute("hasLimit", QuestionKinds.hasLimit(kind));
		model.addAttribute("editing", editing);
		model.addAttribute("dateChoices", KindSettings.DATES);
		model.addAttribute("fileTypes", files.types());
		model.addAttribute("platformMaxFiles", files.maxFiles());
		model.addAttribute("platformMaxSize", KindSettings.megabytes((int) files.maxSizeKb()));
		model.addAttribute("ruleWhen", QuestionMessages.ruleWhen(kind));
		model.addAttribute("fields", fields);
		model.addAttribute("errors", problems);
		return "admin/forms/question";
	}

	static void common(Model model, TypeForms.TypeForm form) {
		model.addAttribute("typeTitle", form.typeTitle());
		model.addAttribute("formUrl", form.url());
	}

	static FormView.Page page(TypeForms.TypeForm form, int number) {
		List<FormView.Page> pages = form.view().pages();
		if (number < 1 || number > pages.size()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return pages.get(number - 1);
	}

	/** A question on a page, or one staff record. */
	static FormView.Question anyQuestion(TypeForms.TypeForm form, String name) {
		return form.view()
			.staffOnly()
			.stream()
			.filter(question -> question.name().equals(name))
			.findFirst()
			.orElseGet(() -> question(form, name));
	}

	/** A question on a page (404 for one staff record: no page asks it). */
	static FormView.Question question(TypeForms.TypeForm form, String name) {
		return form.view()
			.questions()
			.stream()
			.filter(question -> question.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
