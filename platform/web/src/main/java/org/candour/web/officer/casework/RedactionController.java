package org.candour.web.officer.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.cases.CaseDisposal;
import org.candour.privacy.Erasure;
import org.candour.web.forms.FieldError;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Redacting one form answer of a case with a reason, as the privacy API's
 * {@code POST …/redactions} does and for the same role: the answer becomes
 * {@code [redacted]} in the case and its history, a last history entry records the
 * redaction and its reason (so the chain stays verifiable), and the privacy and security
 * logs record it. It cannot be undone. An administrator whose roles do not open the case
 * screen comes back to this page instead.
 */
@Controller
@RequestMapping("/t/{tenant}/cases/{reference}/redact")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.DATA_PROTECTION })
class RedactionController {

	/** Who may redact: the roles of the privacy API's redaction endpoint. */
	static final Set<String> ROLES = Set.of(EndpointRoles.TENANT_ADMIN, EndpointRoles.DATA_PROTECTION);

	static final String VIEW = "officer/casework/redact";

	private final OfficerCaseLookup lookup;

	private final RedactableFields fields;

	private final Erasure erasure;

	private final MessageSource messages;

	private final Actors actors;

	RedactionController(OfficerCaseLookup lookup, RedactableFields fields, Erasure erasure, MessageSource messages,
			Actors actors) {
		this.lookup = lookup;
		this.fields = fields;
		this.erasure = erasure;
		this.messages = messages;
		this.actors = actors;
	}

	@GetMapping
	String form(@PathVariable String reference, Locale locale, Model model, HttpServletResponse response) {
		Optional<OpenCase> open = this.lookup.open(reference, locale);
		if (open.isEmpty()) {
			return RefusalPages.notFound(response, model);
		}
		return render(model, open.get(), "", "", List.of());
	}

	@PostMapping
	String redact(@PathVariable String reference, @RequestParam(defaultValue = "") String pointer,
			@RequestParam(defaultValue = "") String reason, @RequestParam(required = false) Long version, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Optional<OpenCase> open = this.lookup.open(reference, locale);
		if (open.isEmpty()) {
			return RefusalPages.notFound(response, model);
		}
		Optional<RedactableFields.RedactableField> field = this.fields.at(open.get(), pointer);
		List<FieldError> errors = new ArrayList<>();
		if (version != null && version != open.get().version()) {
			// the answers shown may not be the answers now: choose again from what they
			// are
			errors.add(error("pointer", "casework.redact.error.changed"));
		}
		else if (field.isEmpty()) {
			errors.add(error("pointer", "casework.redact.error.field"));
		}
		if (reason.isBlank()) {
			errors.add(error("reason", "casework.redact.error.reason"));
		}
		if (errors.isEmpty()) {
			try {
				this.erasure.redact(open.get().reference(), pointer, reason);
			}
			catch (Refusal ex) {
				if (!ex.is(Refusal.Kind.RULES_BROKEN) && !ex.is(Refusal.Kind.STALE)) {
					return RefusalPages.of(ex, response, model);
				}
				errors.add(error("pointer",
						ex.is(Refusal.Kind.STALE) ? "casework.redact.error.changed" : "casework.redact.error.refused"));
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			OpenCase now = this.lookup.open(reference, locale).orElse(open.get());
			return render(model, now, version == null || version == now.version() ? pointer : "", reason, errors);
		}
		redirect.addFlashAttribute("done", text("casework.done.redacted", field.get().label()));
		return "redirect:" + open.get().screenUrl() + (opensCaseScreen() ? "" : "/redact");
	}

	private String render(Model model, OpenCase open, String pointer, String reason, List<FieldError> errors) {
		model.addAttribute("reference", open.reference());
		model.addAttribute("caseTitle", open.form().form().title());
		model.addAttribute("stateLabel", open.stateLabel(open.feedbackCase().current().state()));
		model.addAttribute("screenUrl", open.screenUrl());
		model.addAttribute("version", open.version());
		model.addAttribute("opensCase", opensCaseScreen());
		model.addAttribute("held",
				open.feedbackCase().current().meta().path(CaseDisposal.HOLD).path("held").asBoolean(false));
		model.addAttribute("fields", this.fields.of(open));
		model.addAttribute("pointer", pointer);
		model.addAttribute("reason", reason);
		model.addAttribute("errors", errors);
		model.addAttribute("fieldError", message(errors, "pointer"));
		model.addAttribute("reasonError", message(errors, "reason"));
		return VIEW;
	}

	private boolean opensCaseScreen() {
		return this.actors.current().hasAnyRole(CaseScreenController.READERS);
	}

	private static String message(List<FieldError> errors, String field) {
		return errors.stream()
			.filter(error -> error.field().equals(field))
			.map(FieldError::message)
			.findFirst()
			.orElse(null);
	}

	private FieldError error(String field, String key) {
		return new FieldError(field, null, field, text(key));
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

}
