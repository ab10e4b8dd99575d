package org.candour.web.resident;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.candour.api.EndpointRoles;
import org.candour.web.forms.FieldError;
import org.candour.web.forms.FormPage;
import org.candour.web.forms.FormPages;

import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Upload file" and "Remove" buttons of a page with a file question. Both send the
 * whole page, so the other answers on it are kept (not yet checked, but only when they
 * fit in the session), and return to the page, with the problems if something was
 * refused.
 */
@Controller
@EndpointRoles(EndpointRoles.PUBLIC)
class FeedbackUploadController {

	private final ResidentForms forms;

	private final ResidentUploads uploads;

	FeedbackUploadController(ResidentForms forms, ResidentUploads uploads) {
		this.forms = forms;
		this.uploads = uploads;
	}

	@PostMapping("/t/{tenant}/feedback/{type}/page/{number}/upload")
	String upload(@PathVariable String tenant, @PathVariable String type, @PathVariable int number,
			@RequestParam MultiValueMap<String, String> posted, HttpServletRequest request, HttpSession session,
			Locale locale, RedirectAttributes redirect) {
		FormPages form = this.forms.require(type, locale);
		FormPage page = page(form, number);
		FeedbackJourney journey = FeedbackJourney.of(session, tenant, type);
		List<FieldError> problems = this.uploads.keepAnswers(form, page.questions(), journey, posted, session, locale);
		if (problems.isEmpty()) {
			problems = this.uploads.receive(page.questions(), journey, request, true, locale);
		}
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute(ResidentUploads.FLASHED, problems);
		}
		return back(tenant, type, number, posted);
	}

	@PostMapping("/t/{tenant}/feedback/{type}/page/{number}/remove")
	String remove(@PathVariable String tenant, @PathVariable String type, @PathVariable int number,
			@RequestParam MultiValueMap<String, String> posted, HttpSession session, Locale locale,
			RedirectAttributes redirect) {
		FormPages form = this.forms.require(type, locale);
		FormPage page = page(form, number);
		FeedbackJourney journey = FeedbackJourney.of(session, tenant, type);
		List<FieldError> problems = this.uploads.keepAnswers(form, page.questions(), journey, posted, session, locale);
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute(ResidentUploads.FLASHED, problems);
		}
		String id = posted.getFirst("remove");
		if (id != null) {
			this.uploads.remove(page.questions(), journey, id);
		}
		return back(tenant, type, number, posted);
	}

	private static FormPage page(FormPages form, int number) {
		return form.page(number).orElseThrow(ResidentForms::notFound);
	}

	private static String back(String tenant, String type, int number, MultiValueMap<String, String> posted) {
		return "redirect:" + FeedbackJourney.path(tenant, type) + "/page/" + number
				+ (posted.containsKey("change") ? "?change" : "");
	}

}
