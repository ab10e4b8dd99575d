package org.candour.admin.retention;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.PageProblem;
import org.candour.admin.Texts;
import org.candour.api.EndpointRoles;
import org.candour.cases.CaseDisposal;
import org.candour.retention.DisposalEntry;
import org.candour.retention.Retention;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Retention and disposal": what the nightly job would dispose of by a day (by default
 * the end of this month), type by type under its rule, the cases on legal hold kept, and
 * the disposal log. Nothing is changed here.
 */
@Controller
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN,
		EndpointRoles.DATA_PROTECTION })
class RetentionPageController {

	private static final int LOG_ROWS = 50;

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

	private final Retention retention;

	RetentionPageController(Retention retention) {
		this.retention = retention;
	}

	@GetMapping("/t/{tenant}/admin/retention")
	String page(@RequestParam(required = false) String on, Model model, HttpServletResponse response) {
		LocalDate day = this.retention.endOfThisMonth();
		List<PageProblem> errors = List.of();
		if (on != null && !on.isBlank()) {
			try {
				day = LocalDate.parse(on.strip());
			}
			catch (DateTimeParseException ex) {
				errors = List.of(new PageProblem("on", "Enter the date as year, month and day, like 2027-01-31"));
				response.setStatus(422);
			}
		}
		model.addAttribute("errors", errors);
		model.addAttribute("on", (on == null || on.isBlank()) ? day.toString() : on);
		model.addAttribute("day", DAY.format(day));
		model.addAttribute("types",
				errors.isEmpty() ? this.retention.due(day).stream().map(this::row).toList() : List.of());
		model.addAttribute("log", this.retention.log(LOG_ROWS).stream().map(RetentionPageController::logRow).toList());
		return "admin/retention/retention";
	}

	private TypeRow row(Retention.TypeDue due) {
		String title = Texts.english(due.title(), due.feedbackType());
		String rule = ("delete".equals(due.disposal()) ? "Deleted " : "Anonymised ") + due.months() + " months after "
				+ ("last-activity".equals(due.from()) ? "the last activity" : "closure");
		return new TypeRow(due.feedbackType(), title, rule,
				due.cases().stream().filter(each -> !each.held()).map(RetentionPageController::caseRow).toList(),
				due.cases().stream().filter(CaseDisposal.Due::held).map(RetentionPageController::caseRow).toList());
	}

	private static CaseRow caseRow(CaseDisposal.Due due) {
		return new CaseRow(due.reference(), DAY.format(due.from()), DAY.format(due.endsOn()));
	}

	private static LogRow logRow(DisposalEntry entry) {
		return new LogRow(WHEN.format(entry.at().atZone(LONDON)).replace("AM", "am").replace("PM", "pm"),
				entry.at().toString(), entry.reference(), entry.feedbackType(), entry.action(), entry.rule(),
				entry.by());
	}

	/** A feedback type's rule and its cases due, those on legal hold apart. */
	record TypeRow(String id, String title, String rule, List<CaseRow> due, List<CaseRow> held) {
	}

	/** A case due: its reference, the day its period counts from and the day it ends. */
	record CaseRow(String reference, String from, String endsOn) {
	}

	/** One entry of the disposal log. */
	record LogRow(String when, String datetime, String reference, String feedbackType, String action, String rule,
			String by) {
	}

}
