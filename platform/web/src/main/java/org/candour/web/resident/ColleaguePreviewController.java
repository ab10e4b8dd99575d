package org.candour.web.resident;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.candour.api.EndpointRoles;
import org.candour.security.PreviewLinks;

import org.springframework.http.HttpStatus;
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
 * when it works. A link that has expired, was altered, or belongs to another tenant shows
 * a page that says so (404), whatever page of the preview it names.
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
		Optional<Shared> shared = shared(model, tenant, token, locale);
		if (shared.isEmpty()) {
			return invalid(response);
		}
		return this.previews.start(model, shared.get().route(), this.forms.require(shared.get().type(), locale));
	}

	@GetMapping(PREVIEW + "/page/{number}")
	String page(@PathVariable String tenant, @PathVariable String token, @PathVariable int number,
			@RequestParam(required = false) String change, HttpSession session, Locale locale, Model model,
			HttpServletResponse response) {
		Optional<Shared> shared = shared(model, tenant, token, locale);
		if (shared.isEmpty()) {
			return invalid(response);
		}
		return this.pages.page(shared.get().route(), this.forms.require(shared.get().type(), locale), number,
				change != null, session, locale, model);
	}

	@PostMapping(PREVIEW + "/page/{number}")
	String savePage(@PathVariable String tenant, @PathVariable String token, @PathVariable int number,
			@RequestParam MultiValueMap<String, String> posted, HttpServletRequest request, HttpSession session,
			Locale locale, Model model, HttpServletResponse response) {
		Optional<Shared> shared = shared(model, tenant, token, locale);
		if (shared.isEmpty()) {
			return invalid(response);
		}
		return this.pages.savePage(shared.get().route(), this.forms.require(shared.get().type(), locale), number,
				posted, request, session, locale, model);
	}

	@GetMapping(PREVIEW + "/contact")
	String contact(@PathVariable String tenant, @PathVariable String token,
			@RequestParam(required = false) String change, HttpSession session, Locale locale, Model model,
			HttpServletResponse response) {
		Optional<Shared> shared = shared(model, tenant, token, locale);
		if (shared.isEmpty()) {
			return invalid(response);
		}
		return this.pages.contact(shared.get().route(), this.forms.require(shared.get().type(), locale), change != null,
				session, model);
	}

	@PostMapping(PREVIEW + "/contact")
	String saveContact(@PathVariable String tenant, @PathVariable String token,
			@RequestParam MultiValueMap<String, String> posted, HttpSession session, Locale locale, Model model,
			HttpServletResponse response) {
		Optional<Shared> shared = shared(model, tenant, token, locale);
		if (shared.isEmpty()) {
			return invalid(response);
		}
		return this.pages.saveContact(shared.get().route(), this.forms.require(shared.get().type(), locale), posted,
				session, locale, model);
	}

	@GetMapping(PREVIEW + "/check")
	String check(@PathVariable String tenant, @PathVariable String token, HttpSession session, Locale locale,
			Model model, HttpServletResponse response) {
		Optional<Shared> shared = shared(model, tenant, token, locale);
		if (shared.isEmpty()) {
			return invalid(response);
		}
		return this.previews.check(model, shared.get().route(), this.forms.require(shared.get().type(), locale),
				session, locale);
	}

	/** The preview a genuine, unexpired link of this tenant opens, its pages marked. */
	private Optional<Shared> shared(Model model, String tenant, String token, Locale locale) {
		return this.links.verify(token).map(preview -> {
			JourneyRoute route = JourneyRoute.preview(tenant, preview.feedbackType(), path(tenant, token));
			this.previews.markShared(model, route, preview.issuedBy(), preview.expires(), locale);
			return new Shared(preview.feedbackType(), route);
		});
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "resident/preview-invalid";
	}

	private record Shared(String type, JourneyRoute route) {
	}

}
