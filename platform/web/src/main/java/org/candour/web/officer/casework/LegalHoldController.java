package org.candour.web.officer.casework;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.cases.CaseDisposal;
import org.candour.cases.CaseReference;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Putting a case on legal hold, or taking it off, from the case screen (as the retention
 * API's {@code PUT …/legal-hold} does): a reason is required, and it is recorded in the
 * case's history.
 */
@Controller
class LegalHoldController {

	static final Set<String> ROLES = Set.of(EndpointRoles.TENANT_ADMIN, EndpointRoles.MANAGER);

	private final OfficerCaseLookup lookup;

	private final CaseDisposal disposal;

	private final Actors actors;

	private final MessageSource messages;

	private final Clock clock;

	LegalHoldController(OfficerCaseLookup lookup, CaseDisposal disposal, Actors actors, MessageSource messages,
			Optional<Clock> clock) {
		this.lookup = lookup;
		this.disposal = disposal;
		this.actors = actors;
		this.messages = messages;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@PostMapping("/t/{tenant}/cases/{reference}/legal-hold")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.MANAGER })
	String change(@PathVariable String reference, @RequestParam boolean held,
			@RequestParam(defaultValue = "") String reason, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Optional<OpenCase> open = this.lookup.open(reference, locale);
		if (open.isEmpty()) {
			return RefusalPages.notFound(response, model);
		}
		String anchor = "redirect:" + open.get().screenUrl() + "#legal-hold";
		if (reason.isBlank()) {
			return refused(redirect, anchor, "casework.hold.error.reason", reason);
		}
		CaseReference found = new CaseReference(open.get().feedbackCase().reference());
		if (!this.disposal.hold(found, held, reason.strip(), this.actors.current().name(), this.clock.instant())) {
			return refused(redirect, anchor, "casework.links.conflict", reason);
		}
		redirect.addFlashAttribute("done", text(held ? "casework.done.held" : "casework.done.released"));
		return anchor;
	}

	private String refused(RedirectAttributes redirect, String anchor, String problem, String reason) {
		String message = text(problem);
		redirect.addFlashAttribute("problems", List.of(new CaseScreenController.Problem("hold-reason", message)));
		redirect.addFlashAttribute("holdError", message);
		redirect.addFlashAttribute("holdReason", reason);
		return anchor;
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

}
