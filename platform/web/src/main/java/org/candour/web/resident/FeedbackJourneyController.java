package org.candour.web.resident;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.candour.api.EndpointRoles;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A resident's way through one public feedback type's question pages and contact details,
 * from its active form ({@link JourneyPages}).
 */
@Controller
@EndpointRoles(EndpointRoles.PUBLIC)
class FeedbackJourneyController {

	private final ResidentForms forms;

	private final JourneyPages pages;

	FeedbackJourneyController(ResidentForms forms, JourneyPages pages) {
		this.forms = forms;
		this.pages = pages;
	}

	@GetMapping("/t/{tenant}/feedback/{type}")
	String begin(@PathVariable String tenant, @PathVariable String type, Locale locale) {
		this.forms.require(type, locale);
		return "redirect:" + FeedbackJourney.path(tenant, type) + "/page/1";
	}

	@GetMapping("/t/{tenant}/feedback/{type}/page/{number}")
	String page(@PathVariable String tenant, @PathVariable String type, @PathVariable int number,
			@RequestParam(required = false) String change, HttpSession session, Locale locale, Model model) {
		return this.pages.page(JourneyRoute.resident(tenant, type), this.forms.require(type, locale), number,
				change != null, session, locale, model);
	}

	@PostMapping("/t/{tenant}/feedback/{type}/page/{number}")
	String savePage(@PathVariable String tenant, @PathVariable String type, @PathVariable int number,
			@RequestParam MultiValueMap<String, String> posted, HttpServletRequest request, HttpSession session,
			Locale locale, Model model) {
		return this.pages.savePage(JourneyRoute.resident(tenant, type), this.forms.require(type, locale), number,
				posted, request, session, locale, model);
	}

	@GetMapping("/t/{tenant}/feedback/{type}/contact")
	String contact(@PathVariable String tenant, @PathVariable String type,
			@RequestParam(required = false) String change, HttpSession session, Locale locale, Model model) {
		return this.pages.contact(JourneyRoute.resident(tenant, type), this.forms.require(type, locale), change != null,
				session, model);
	}

	@PostMapping("/t/{tenant}/feedback/{type}/contact")
	String saveContact(@PathVariable String tenant, @PathVariable String type,
			@RequestParam MultiValueMap<String, String> posted, HttpSession session, Locale locale, Model model) {
		return this.pages.saveContact(JourneyRoute.resident(tenant, type), this.forms.require(type, locale), posted,
				session, locale, model);
	}

}
