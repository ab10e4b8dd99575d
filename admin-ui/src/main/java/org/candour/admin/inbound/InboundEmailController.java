package org.candour.admin.inbound;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.PageProblem;
import org.candour.admin.Texts;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.inbound.InboundMailboxes;
import org.candour.inbound.MailboxStatus;
import org.candour.inbound.PollSummary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Inbound email": the mailbox the tenant's emails are read from (through
 * {@link InboundMailboxes}, which checks the settings; the password is never asked here:
 * the platform operator puts it in the tenant's environment variable), what the last poll
 * did and the messages taken in so far, and "Check the mailbox now". Auditors read only.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/inbound-email")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class InboundEmailController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

	private static final Map<String, String> FIELD_MESSAGES = Map.of("host",
			"Enter the mail server’s name, like imap.example.gov.uk", "port",
			"Enter the port as a whole number from 1 to 65535", "user", "Enter the mailbox’s user name", "folder",
			"Enter the folder to read, like INBOX", "feedbackType", "Select the feedback type emails are logged as",
			"bodyField", "Enter the name of the form question the email’s text goes into, like details");

	private final InboundMailboxes mailboxes;

	InboundEmailController(InboundMailboxes mailboxes) {
		this.mailboxes = mailboxes;
	}

	@GetMapping
	String page(@PathVariable String tenant, @RequestParam(required = false) String done, Model model) {
		MailboxForm form = this.mailboxes.status().map(MailboxForm::of).orElseGet(MailboxForm::blank);
		model.addAttribute("done", done);
		return show(tenant, form, List.of(), model);
	}

	@PostMapping
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String save(@PathVariable String tenant, @ModelAttribute MailboxForm form, Model model,
			HttpServletResponse response) {
		try {
			this.mailboxes.replace(form.settings());
		}
		catch (Refusal refused) {
			response.setStatus(422);
			return show(tenant, form, problems(refused), model);
		}
		return "redirect:/t/" + tenant + "/admin/inbound-email?done=saved";
	}

	@PostMapping("/poll")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String poll(@PathVariable String tenant) {
		boolean polled = this.mailboxes.pollNow().isPresent();
		return "redirect:/t/" + tenant + "/admin/inbound-email?done=" + (polled ? "polled" : "not-polled");
	}

	private String show(String tenant, MailboxForm form, List<PageProblem> errors, Model model) {
		MailboxStatus status = this.mailboxes.status().orElse(null);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("status", status);
		model.addAttribute("passwordVariable", this.mailboxes.passwordVariable());
		model.addAttribute("lastPoll", status == null ? null : lastPoll(status.lastPoll()));
		model.addAttribute("typeChoices",
				this.mailboxes.feedbackTypesTakingEmail()
					.stream()
					.map(type -> new Choice(type.id(), Texts.english(type.title(), type.id())))
					.toList());
		model.addAttribute("tlsChoices", List.of(new Choice("yes", "Yes, IMAPS (TLS from the start)"),
				new Choice("no", "No, plain IMAP (only on a trusted network)")));
		model.addAttribute("action", "/t/" + tenant + "/admin/inbound-email");
		return "admin/inbound/inbound-email";
	}

	private static List<PageProblem> problems(Refusal refused) {
		Map<String, PageProblem> byField = new LinkedHashMap<>();
		refused.violations().forEach(violation -> {
			String field = violation.pointer().isEmpty() ? "host" : violation.pointer().substring(1);
			String message = violation.code().startsWith("inbound.") ? violation.message()
					: FIELD_MESSAGES.getOrDefault(field, violation.message());
			byField.putIfAbsent(field, new PageProblem(field, message));
		});
		return List.copyOf(byField.values());
	}

	private static LastPoll lastPoll(PollSummary poll) {
		if (poll == null) {
			return null;
		}
		String when = WHEN.format(poll.at().atZone(ZoneId.of("Europe/London"))).replace("AM", "am").replace("PM", "pm");
		return new LastPoll(when, poll.at().toString(), poll.contacts(), poll.replies(), poll.ignored(), poll.failed(),
				poll.problem());
	}

	/** A choice of a select or radios. */
	record Choice(String value, String label) {
	}

	/** The last poll in words. */
	record LastPoll(String when, String datetime, int contacts, int replies, int ignored, int failed, String problem) {
	}

}
