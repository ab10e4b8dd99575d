package org.candour.web.resident;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.security.PreviewLinks;
import org.candour.web.forms.FieldError;
import org.candour.web.forms.FormPages;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * An administrator's preview of a feedback type's draft form, with the resident pages
 * ({@link JourneyPages}): every page, every check and condition as residents will have
 * them once the draft is published, marked "Preview", ending at check your answers with
 * nothing sent. Auditors may preview; administrators may also create a signed,
 * time-limited link for a colleague to preview it without signing in
 * ({@link ColleaguePreviewController}). The pages wear the draft's branding. While the
 * draft cannot be compiled, every page of the preview says that its problems must be
 * fixed first (409), linked to check and publish.
 */
@Controller
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class DraftPreviewController {

	private static final String PREVIEW = "/t/{tenant}/admin/feedback-types/{type}/preview";

	private static final Set<String> SHARERS = Set.of(EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN);

	/** How long a colleague's link may work, in days, as offered. */
	static final List<Integer> VALIDITY_DAYS = List.of(1, 7, 30);

	private final DraftForms forms;

	private final JourneyPages pages;

	private final PreviewPages previews;

	private final PreviewLinks links;

	private final Actors actors;

	private final MessageSource messages;

	DraftPreviewController(DraftForms forms, JourneyPages pages, PreviewPages previews, PreviewLinks links,
			Actors actors, MessageSource messages) {
		this.forms = forms;
		this.pages = pages;
		this.previews = previews;
		this.links = links;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping(PREVIEW)
	String start(@PathVariable String tenant, @PathVariable String type, Locale locale, Model model,
			HttpServletResponse response) {
		return draft(model, tenant, type, locale, response, (route, form) -> start(model, route, form, List.of()));
	}

	@GetMapping(path = PREVIEW + "/brand.css", produces = "text/css")
	ResponseEntity<String> stylesheet(Locale locale) {
		return this.previews.stylesheet(locale);
	}

	@PostMapping(PREVIEW + "/link")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String share(@PathVariable String tenant, @PathVariable String type, @RequestParam(required = false) Integer days,
			HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		return draft(model, tenant, type, locale, response, (route, form) -> {
			if (days == null || !VALIDITY_DAYS.contains(days)) {
				response.setStatus(422);
				return start(model, route, form, List.of(new FieldError("days", null, "days",
						this.messages.getMessage("preview.share.choose", null, locale))));
			}
			String token = this.links.issue(type, this.actors.current().name(), Duration.ofDays(days));
			PreviewLinks.Preview issued = this.links.verify(token).orElseThrow();
			model.addAttribute("sharedUrl",
					ServletUriComponentsBuilder.fromContextPath(request)
						.path(ColleaguePreviewController.path(tenant, token))
						.build()
						.toUriString());
			model.addAttribute("sharedUntil", this.previews.when(issued.expires(), locale));
			return start(model, route, form, List.of());
		});
	}

	@GetMapping(PREVIEW + "/page/{number}")
	String page(@PathVariable String tenant, @PathVariable String type, @PathVariable int number,
			@RequestParam(required = false) String change, HttpSession session, Locale locale, Model model,
			HttpServletResponse response) {
		return draft(model, tenant, type, locale, response,
				(route, form) -> this.pages.page(route, form, number, change != null, session, locale, model));
	}

	@PostMapping(PREVIEW + "/page/{number}")
	String savePage(@PathVariable String tenant, @PathVariable String type, @PathVariable int number,
			@RequestParam MultiValueMap<String, String> posted, HttpServletRequest request, HttpSession session,
			Locale locale, Model model, HttpServletResponse response) {
		return draft(model, tenant, type, locale, response,
				(route, form) -> this.pages.savePage(route, form, number, posted, request, session, locale, model));
	}

	@GetMapping(PREVIEW + "/contact")
	String contact(@PathVariable String tenant, @PathVariable String type,
			@RequestParam(required = false) String change, HttpSession session, Locale locale, Model model,
			HttpServletResponse response) {
		return draft(model, tenant, type, locale, response,
				(route, form) -> this.pages.contact(route, form, change != null, session, model));
	}

	@PostMapping(PREVIEW + "/contact")
	String saveContact(@PathVariable String tenant, @PathVariable String type,
			@RequestParam MultiValueMap<String, String> posted, HttpSession session, Locale locale, Model model,
			HttpServletResponse response) {
		return draft(model, tenant, type, locale, response,
				(route, form) -> this.pages.saveContact(route, form, posted, session, locale, model));
	}

	@GetMapping(PREVIEW + "/check")
	String check(@PathVariable String tenant, @PathVariable String type, HttpSession session, Locale locale,
			Model model, HttpServletResponse response) {
		return draft(model, tenant, type, locale, response,
				(route, form) -> this.previews.check(model, route, form, session, locale));
	}

	/**
	 * The page of the preview of the type's draft form; while the draft cannot be
	 * compiled, the page saying it has problems to fix first, linked to check and
	 * publish.
	 */
	private String draft(Model model, String tenant, String type, Locale locale, HttpServletResponse response,
			BiFunction<JourneyRoute, FormPages, String> page) {
		JourneyRoute route = route(model, tenant, type, locale);
		model.addAttribute("typeUrl", "/t/" + tenant + "/admin/feedback-types/" + type);
		if (this.forms.blocked(type)) {
			model.addAttribute("checkUrl", "/t/" + tenant + "/admin/check");
			return this.previews.blocked(response);
		}
		return page.apply(route, this.forms.require(type, locale));
	}

	private String start(Model model, JourneyRoute route, FormPages form, List<FieldError> errors) {
		model.addAttribute("shareUrl", route.base() + "/link");
		model.addAttribute("canShare", this.actors.current().hasAnyRole(SHARERS));
		model.addAttribute("validityDays", VALIDITY_DAYS);
		model.addAttribute("errors", errors);
		return this.previews.start(model, route, form);
	}

	private JourneyRoute route(Model model, String tenant, String type, Locale locale) {
		JourneyRoute route = JourneyRoute.preview(tenant, type,
				PREVIEW.replace("{tenant}", tenant).replace("{type}", type));
		this.previews.mark(model, route, locale);
		return route;
	}

}
