package org.candour.web.officer.casework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.Refusal;
import org.candour.api.EndpointRoles;
import org.candour.cases.CaseLinks;
import org.candour.cases.CaseNotes;
import org.candour.tenancy.TenantContext;
import org.candour.web.officer.OfficerPaths;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case screen, and what is added to a case from it: internal notes and links to other
 * cases.
 */
@Controller
@RequestMapping("/t/{tenant}/cases/{reference}")
class CaseScreenController {

	static final String VIEW = "officer/casework/case";

	/** Who may open the case screen (as {@link #show} declares). */
	static final Set<String> READERS = Set.of(EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR,
			EndpointRoles.AUDITOR);

	private final OfficerCaseLookup lookup;

	private final CaseScreens screens;

	private final CaseNotes notes;

	private final CaseLinks links;

	private final MessageSource messages;

	CaseScreenController(OfficerCaseLookup lookup, CaseScreens screens, CaseNotes notes, CaseLinks links,
			MessageSource messages) {
		this.messages = messages;
		this.lookup = lookup;
		this.screens = screens;
		this.notes = notes;
		this.links = links;
	}

	@GetMapping
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR })
	String show(@PathVariable String reference, Locale locale, Model model, HttpServletResponse response) {
		Optional<OpenCase> open = this.lookup.open(reference, locale);
		if (open.isEmpty()) {
			return RefusalPages.notFound(response, model);
		}
		model.addAttribute("screen", this.screens.of(open.get()));
		model.addAttribute("screenUrl", open.get().screenUrl());
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return VIEW;
	}

	@PostMapping("/notes")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR })
	String note(@PathVariable String reference, @RequestParam(defaultValue = "") String note, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.notes.add(reference, note);
			redirect.addFlashAttribute("done", text("casework.done.note"));
		}
		catch (Refusal ex) {
			if (!ex.is(Refusal.Kind.RULES_BROKEN)) {
				return RefusalPages.of(ex, response, model);
			}
			redirect.addFlashAttribute("problems", List.of(new Problem("note", text("casework.notes.error"))));
			redirect.addFlashAttribute("noteText", note);
		}
		return "redirect:" + OfficerPaths.caseScreen(TenantContext.require().value(), reference) + "#notes";
	}

	@PostMapping("/links")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER })
	String link(@PathVariable String reference, @RequestParam(defaultValue = "") String relation,
			@RequestParam(name = "other", defaultValue = "") String other, @RequestParam long version, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Optional<OpenCase> open = this.lookup.open(reference, locale);
		if (open.isEmpty()) {
			return RefusalPages.notFound(response, model);
		}
		try {
			this.links.link(reference, relation, other.strip().toUpperCase(Locale.ROOT), version);
			redirect.addFlashAttribute("done", text("casework.done.link"));
		}
		catch (Refusal ex) {
			if (ex.is(Refusal.Kind.STALE)) {
				redirect.addFlashAttribute("problems", List.of(new Problem("other", text("casework.links.conflict"))));
			}
			else if (ex.is(Refusal.Kind.RULES_BROKEN)) {
				String field = ex.violations().stream().anyMatch(e -> e.pointer().equals("/relation")) ? "relation"
						: "other";
				redirect.addFlashAttribute("problems",
						List.of(new Problem(field, text("casework.links.error." + field))));
			}
			else {
				return RefusalPages.of(ex, response, model);
			}
			redirect.addFlashAttribute("linkOther", other);
		}
		return "redirect:" + open.get().screenUrl() + "#links";
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

	/**
	 * A problem with something posted from the case screen.
	 *
	 * @param field the id of the field it is about
	 * @param message what is wrong, in plain words
	 */
	record Problem(String field, String message) implements java.io.Serializable {
	}

}
