package org.candour.web.resident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.EndpointRoles;
import org.candour.cases.CaseReference;
import org.candour.notifications.ResidentLinkRequests.Outcome;
import org.candour.notifications.ResidentLinkRequests.Requested;
import org.candour.notifications.ResidentLinkRequests;
import org.candour.security.ClientAddress;
import org.candour.web.forms.FieldError;
import org.candour.web.forms.FieldView;
import org.candour.web.forms.Question;
import tools.jackson.databind.node.StringNode;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Find your feedback": a resident who lost their tracking link gives the case reference
 * and the email address or postcode they gave, and is sent a new link by email
 * ({@link ResidentLinkRequests}). Only the form's own mistakes (nothing given, a
 * reference or address that cannot be one) are pointed out; whether or not the details
 * match a case, the resident is told the same, so the page gives nothing away. Too many
 * attempts (per client and per reference) get a GOV.UK page with 429.
 */
@Controller
@EndpointRoles(EndpointRoles.PUBLIC)
class FindCaseController {

	static final String REFERENCE = "reference";

	static final String CONTACT = "contact";

	private static final int MAX_LENGTH = 320;

	/** What a reference may look like: letters and digits, with separators between. */
	private static final Pattern A_REFERENCE = Pattern.compile("^[A-Z0-9]+([-/._][A-Z0-9]+)*$");

	private static final Pattern AN_EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern A_POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$");

	private final ResidentLinkRequests requests;

	private final MessageSource messages;

	FindCaseController(ResidentLinkRequests requests, MessageSource messages) {
		this.requests = requests;
		this.messages = messages;
	}

	@GetMapping("/t/{tenant}/track")
	String form(Locale locale, Model model) {
		return render(model, "", "", List.of(), locale);
	}

	@PostMapping("/t/{tenant}/track")
	String find(@PathVariable String tenant, @RequestParam(name = REFERENCE, defaultValue = "") String reference,
			@RequestParam(name = CONTACT, defaultValue = "") String contact, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		String asked = reference.trim().toUpperCase(Locale.ROOT);
		List<FieldError> errors = problems(asked, contact.trim(), locale);
		if (!errors.isEmpty()) {
			return render(model, reference, contact, errors, locale);
		}
		Requested requested = this.requests.request(ClientAddress.of(request), new CaseReference(asked),
				contact.trim());
		if (requested.outcome() == Outcome.LIMITED) {
			long seconds = Math.max(1, (requested.retryAfter().toMillis() + 999) / 1000);
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			model.addAttribute("minutes", (seconds + 59) / 60);
			return "resident/find-limited";
		}
		return "redirect:/t/" + tenant + "/track/link-sent";
	}

	@GetMapping("/t/{tenant}/track/link-sent")
	String sent() {
		return "resident/find-sent";
	}

	private List<FieldError> problems(String reference, String contact, Locale locale) {
		List<FieldError> errors = new ArrayList<>();
		if (reference.isEmpty()) {
			errors.add(error(REFERENCE, "resident.find.error.reference", locale));
		}
		else if (reference.length() > MAX_LENGTH || !A_REFERENCE.matcher(reference).matches()) {
			errors.add(error(REFERENCE, "resident.find.error.reference.format", locale));
		}
		if (contact.isEmpty()) {
			errors.add(error(CONTACT, "resident.find.error.contact", locale));
		}
		else if (contact.length() > MAX_LENGTH || !(contact.contains("@") ? AN_EMAIL.matcher(contact).matches()
				: A_POSTCODE.matcher(contact.replaceAll("\\s+", "").toUpperCase(Locale.ROOT)).matches())) {
			errors.add(error(CONTACT, "resident.find.error.contact.format", locale));
		}
		return errors;
	}

	private FieldError error(String field, String key, Locale locale) {
		return new FieldError(field, null, field, this.messages.getMessage(key, null, locale));
	}

	private String render(Model model, String reference, String contact, List<FieldError> errors, Locale locale) {
		List<FieldView> fields = new ArrayList<>();
		fields.add(field(REFERENCE, "resident.find.reference", reference, "off", errors, locale));
		fields.add(field(CONTACT, "resident.find.contact", contact, null, errors, locale));
		model.addAttribute("fields", fields);
		model.addAttribute("errors", errors);
		return "resident/find";
	}

	private FieldView field(String name, String key, String value, String autocomplete, List<FieldError> errors,
			Locale locale) {
		Question question = new Question(name, "text", this.messages.getMessage(key, null, locale),
				this.messages.getMessage(key + ".hint", null, locale), true, null, false, autocomplete, List.of(),
				List.of(), List.of());
		FieldError error = errors.stream().filter(e -> e.field().equals(name)).findFirst().orElse(null);
		return new FieldView(question, value.isEmpty() ? null : StringNode.valueOf(value), error);
	}

}
