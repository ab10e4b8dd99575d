package org.candour.web.resident;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.candour.api.EndpointRoles;
import org.candour.security.PreviewLinks;
import org.candour.web.forms.FormPages;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A colleague's preview of a feedback type's draft form through the signed, time-limited
 * link an administrator created ({@link PreviewLinks}), without signing in: the same
 * pages as the administrator's preview, marked "Preview" with who shared it and until
 * when it works, in the draft's branding. A link that has expired, was altered, or
 * belongs to another tenant shows a page that says so (404), whatever page of the preview
 * it names; a genuine link to a draft that cannot be compiled, a page saying that the
 * preview cannot be shown until the draft is fixed (409).
 */
@Controller
@EndpointRoles(EndpointRoles.PUBLIC)
class ColleaguePreviewController {

	private static final String PREVIEW = "/t/{tenant}/preview/{token}";

	private final PreviewLinks links;

	private final DraftForms forms;

	private final JourneyPages pages;

	private final PreviewPages previews;

	ColleaguePreviewController(PreviewLinks links, DraftForms forms, JourneyPages pages, PreviewPages previews) {
		this.links = links;
		this.forms = forms;
		this.pages = pages;
		this.previews = previews;
	}

	/** Where a link's preview starts. */
	static String path(String tenant, String token) {
		return "/t/" + tenant + "/preview/" + token;
	}

	@GetMapping(PREVIEW)
	String start(@PathVariable String tenant, @PathVariable String token, Locale locale, Model model,
			HttpServletResponse response) {
		return shared(tenant, token, locale, model, response, (route, form) -> this.previews.start(model, route, form));
	}

	@GetMapping(path = PREVIEW + "/brand.css", produces = "text/css")
	ResponseEntity<String> stylesheet(@PathVariable String token, Locale locale) {
		if (this.links.verify(token).isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return this.previews.stylesheet(locale);
	}

	@GetMapping(PREVIEW + "/page/{number}")
	String page(@PathVariable String tenant, @PathVariable String token, @PathVariable int number,
			@RequestParam(required = false) String change, HttpSession session, Locale locale, Model model,
			HttpServletResponse response) {
		return shared(tenant, token, locale, model, response,
				(route, form) -> this.pages.page(route, form, number, change != null, session, locale, model));
	}

	@PostMapping(PREVIEW + "/page/{number}")
	String savePage(@PathVariable String tenant, @PathVariable String token, @PathVariable int number,
			@RequestParam MultiValueMap<String, String> posted, HttpServletRequest request, HttpSession session,
			Locale locale, Model model, HttpServletResponse response) {
		return shared(tenant, token, locale, model, response,
				(route, form) -> this.pages.savePage(route, form, number, posted, request, session, locale, model));
	}

	@GetMapping(PREVIEW + "/contact")
	String contact(@PathVariable String tenant, @PathVariable String token,
			@RequestParam(required = false) String change, HttpSession session, Locale locale, Model model,
			HttpServletResponse response) {
		return shared(tenant, token, locale, model, response,
				(route, form) -> this.pages.contact(route, form, change != null, session, model));
	}

	@PostMapping(PREVIEW + "/contact")
	String saveContact(@PathVariable String tenant, @PathVariable String token,
			@RequestParam MultiValueMap<String, String> posted, HttpSession session, Locale locale, Model model,
			HttpServletResponse response) {
		return shared(tenant, token, locale, model, response,
				(route, form) -> this.pages.saveContact(route, form, posted, session, locale, model));
	}

	@GetMapping(PREVIEW + "/check")
	String check(@PathVariable String tenant, @PathVariable String token, HttpSession session, Locale locale,
			Model model, HttpServletResponse response) {
		return shared(tenant, token, locale, model, response,
				(route, form) -> this.previews.check(model, route, form, session, locale));
	}

	/**
	 * The page of the preview a genuine, unexpired link of this tenant opens, marked with
	 * who shared it and until when; else the page saying the link does not work.
	 */
	private String shared(String tenant, String token, Locale locale, Model model, HttpServletResponse response,
			BiFunction<JourneyRoute, FormPages, String> page) {
		Optional<PreviewLinks.Preview> preview = this.links.verify(token);
		if (preview.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "resident/preview-invalid";
		}
		String type = preview.get().feedbackType();
		JourneyRoute route = JourneyRoute.preview(tenant, type, path(tenant, token));
		this.previews.markShared(model, route, preview.get().issuedBy(), preview.get().expires(), locale);
		if (this.forms.blocked(type)) {
			return this.previews.blocked(response);
		}
		return page.apply(route, this.forms.require(type, locale));
	}

}
