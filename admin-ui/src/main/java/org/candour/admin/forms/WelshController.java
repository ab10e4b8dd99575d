package org.candour.admin.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.EndpointRoles;
import org.candour.definition.editing.FormChange;
import org.candour.definition.editing.FormView;
import org.candour.definition.editing.Option;
import org.candour.definition.editing.Text;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A question's Welsh (its label, hint, answers and own messages) and a page heading's
 * Welsh, each beside its English, saved with {@code FormEditor.translateQuestion},
 * {@code setMessage} and {@code renamePage} only if the form is unchanged since the page
 * read it. A Welsh text left empty has no Welsh.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/feedback-types/{id}/form")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class WelshController {

	private final TypeForms forms;

	WelshController(TypeForms forms) {
		this.forms = forms;
	}

	@GetMapping("/questions/{name}/welsh")
	String question(@PathVariable String id, @PathVariable String name, Model model) {
		TypeForms.TypeForm form = this.forms.require(id);
		FormView.Question question = QuestionController.question(form, name);
		return show(model, form, question, WelshTexts.of(question, form.hash()), List.of());
	}

	@PostMapping("/questions/{name}/welsh")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String translate(@PathVariable String id, @PathVariable String name,
			@RequestParam MultiValueMap<String, String> posted, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		TypeForms.TypeForm form = this.forms.require(id);
		FormView.Question question = QuestionController.question(form, name);
		WelshTexts texts = WelshTexts.of(question, posted.getFirst("hash")).sent(posted);
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < question.options().size(); i++) {
			options.put(question.options().get(i).value(), texts.welsh("option-" + i));
		}
		FormChange change = form.editor()
			.translateQuestion(form.form().content(), name, texts.welsh("label"), texts.welsh("hint"), options);
		for (Map.Entry<String, Text> message : question.messages().entrySet()) {
			if (!change.refused()) {
				change = form.editor()
					.setMessage(change.document(), name, message.getKey(),
							message.getValue().withWelsh(texts.welsh("message-" + message.getKey())));
			}
		}
		return this.forms.save(form, change, texts.hash(), model, response,
				refused -> TypeForms.invalid(response,
						show(model, form, question, texts, List.of(new FieldProblem("label", refused)))),
				() -> TypeForms.savedThen(redirect, "Welsh of ‘" + question.label().english() + "’ saved",
						form.url() + "#question-" + name));
	}

	@GetMapping("/pages/{page}/welsh")
	String page(@PathVariable String id, @PathVariable int page, Model model) {
		TypeForms.TypeForm form = this.forms.require(id);
		Text title = heading(form, page);
		return showPage(model, form, page, title, title.welsh(), form.hash());
	}

	@PostMapping("/pages/{page}/welsh")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String translatePage(@PathVariable String id, @PathVariable int page, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String hash, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		TypeForms.TypeForm form = this.forms.require(id);
		Text english = heading(form, page);
		FormChange change = form.editor().renamePage(form.form().content(), page - 1, english.withWelsh(title));
		return this.forms.save(form, change, hash, model, response, refused -> {
			model.addAttribute("errors", List.of(new FieldProblem("title", refused)));
			return TypeForms.invalid(response, showPage(model, form, page, english, title, hash));
		}, () -> TypeForms.savedThen(redirect, "Welsh of the heading of page " + page + " saved",
				form.url() + "#page-" + page));
	}

	/** The page's heading; 404 for a form laid out without pages (no headings). */
	private static Text heading(TypeForms.TypeForm form, int page) {
		FormView view = form.view();
		FormView.Page shown = QuestionController.page(form, page);
		if (!view.paged() || shown.title() == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return shown.title();
	}

	private static String show(Model model, TypeForms.TypeForm form, FormView.Question question, WelshTexts texts,
			List<FieldProblem> problems) {
		QuestionController.common(model, form);
		model.addAttribute("question", question.label().english());
		model.addAttribute("action", form.url() + "/questions/" + question.name() + "/welsh");
		model.addAttribute("texts", texts);
		model.addAttribute("codeList", question.codeList());
		model.addAttribute("errors", problems);
		return "admin/forms/welsh";
	}

	private static String showPage(Model model, TypeForms.TypeForm form, int page, Text english, String welsh,
			String hash) {
		QuestionController.common(model, form);
		model.addAttribute("page", page);
		model.addAttribute("english", english.english());
		model.addAttribute("welshTitle", welsh);
		model.addAttribute("hash", hash);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "admin/forms/page-welsh";
	}

	/**
	 * The texts of a question to translate, each with its English and its Welsh.
	 *
	 * @param texts by field name ({@code label}, {@code hint}, {@code option-0},
	 * {@code message-required})
	 * @param hash the form's hash as read
	 */
	record WelshTexts(List<Translation> texts, String hash) {

		static WelshTexts of(FormView.Question question, String hash) {
			List<Translation> texts = new ArrayList<>();
			texts.add(new Translation("label", "Question in Welsh", question.label().english(),
					question.label().welsh()));
			if (question.hint() != null) {
				texts.add(new Translation("hint", "Hint in Welsh", question.hint().english(), question.hint().welsh()));
			}
			List<Option> options = question.options();
			for (int i = 0; i < options.size(); i++) {
				texts.add(new Translation("option-" + i, "Answer " + (i + 1) + " in Welsh",
						options.get(i).label().english(), options.get(i).label().welsh()));
			}
			question.messages()
				.forEach((keyword, message) -> texts.add(new Translation("message-" + keyword,
						"Error message (" + keyword + ") in Welsh", message.english(), message.welsh())));
			return new WelshTexts(texts, (hash == null) ? "" : hash);
		}

		/** The same texts with the Welsh sent. */
		WelshTexts sent(MultiValueMap<String, String> posted) {
			return new WelshTexts(this.texts.stream()
				.map(text -> new Translation(text.field(), text.label(), text.english(), posted.getFirst(text.field())))
				.toList(), this.hash);
		}

		/** The Welsh sent for a field; {@code null} when empty. */
		String welsh(String field) {
			return this.texts.stream()
				.filter(text -> text.field().equals(field))
				.map(Translation::welsh)
				.filter(welsh -> welsh != null && !welsh.isBlank())
				.map(String::trim)
				.findFirst()
				.orElse(null);
		}

	}

	/**
	 * One text to translate.
	 *
	 * @param field the input's name and id
	 * @param label the input's label
	 * @param english the English, shown beside it
	 * @param welsh the Welsh, or {@code null}
	 */
	record Translation(String field, String label, String english, String welsh) {
	}

}
