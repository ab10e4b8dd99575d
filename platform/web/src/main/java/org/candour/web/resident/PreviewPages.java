package org.candour.web.resident;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.candour.calendar.TenantCalendars;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.web.forms.FormPages;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the two ways into a preview of a draft form share ({@link DraftPreviewController}
 * for administrators, {@link ColleaguePreviewController} for a colleague with a link):
 * the start page, the check your answers page that sends nothing, the "Preview" marker
 * every page carries (with who shared a link, and until when it works), the draft's
 * branding as residents will see it once published (its own stylesheet for the brand
 * colour), and the page saying that a draft which cannot be compiled cannot be previewed.
 */
@Component
class PreviewPages {

	private final JourneyPages pages;

	private final TenantCalendars calendars;

	private final DraftForms forms;

	private final TenantBranding branding;

	PreviewPages(JourneyPages pages, TenantCalendars calendars, DraftForms forms, TenantBranding branding) {
		this.pages = pages;
		this.calendars = calendars;
		this.forms = forms;
		this.branding = branding;
	}

	/**
	 * Marks the page a preview; the header leads to the preview's start and, when the
	 * draft compiles, shows the draft's branding (the live one otherwise).
	 */
	void mark(Model model, JourneyRoute route, Locale locale) {
		model.addAttribute("preview", true);
		model.addAttribute("startUrl", route.base());
		this.forms.model().ifPresent(draft -> {
			Branding drafted = draftBranding(draft, locale);
			model.addAttribute("branding", drafted);
			model.addAttribute("tenantName", drafted.organisationName());
			model.addAttribute("offersWelsh", drafted.welsh());
			model.addAttribute("brandStylesheet", route.base() + "/brand.css");
		});
	}

	/**
	 * Marks the page a preview shared by {@code sharedBy}, working until {@code until}.
	 */
	void markShared(Model model, JourneyRoute route, String sharedBy, Instant until, Locale locale) {
		mark(model, route, locale);
		model.addAttribute("previewSharedBy", sharedBy);
		model.addAttribute("previewUntil", when(until, locale));
	}

	/** "25 November 2026 at 10:00" in the tenant's time zone. */
	String when(Instant instant, Locale locale) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", locale)
			.format(instant.atZone(this.calendars.current().spec().zone()));
	}

	/**
	 * The brand colour of the draft's branding (the live one while it cannot be
	 * compiled).
	 */
	ResponseEntity<String> stylesheet(Locale locale) {
		Branding shown = this.forms.model()
			.map(draft -> draftBranding(draft, locale))
			.orElseGet(() -> this.branding.current(locale));
		return BrandStylesheetController.stylesheet(shown, CacheControl.noCache().cachePrivate());
	}

	/**
	 * The page saying that the draft has problems to fix before its form can be previewed
	 * (409: the draft as it is now stands in the way, not the request; it works again
	 * once the draft is fixed).
	 */
	String blocked(HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		return "resident/preview-blocked";
	}

	private Branding draftBranding(CompiledConfiguration draft, Locale locale) {
		return this.branding.of(draft.branding(), locale);
	}

	String start(Model model, JourneyRoute route, FormPages form) {
		model.addAttribute("form", form);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", java.util.List.of());
		}
		model.addAttribute("beginUrl", route.base() + "/page/1");
		return "resident/preview-start";
	}

	/** Check your answers, with nothing to send; back to the start without answers. */
	String check(Model model, JourneyRoute route, FormPages form, HttpSession session, Locale locale) {
		FeedbackJourney journey = route.find(session);
		if (journey == null) {
			return "redirect:" + route.base();
		}
		return this.pages.check(model, route, form, journey, java.util.List.of(), locale);
	}

}
