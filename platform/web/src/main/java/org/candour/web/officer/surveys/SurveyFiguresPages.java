package org.candour.web.officer.surveys;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.EndpointRoles;
import org.candour.surveys.AnswerTables;
import org.candour.surveys.SurveyFigures;
import org.candour.web.forms.FieldError;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff pages of the service survey's figures, counted with small numbers suppressed: the
 * satisfaction results (by the month the cases closed) for managers and auditors, and the
 * equality profile (by the month the answers were given) for equality analysts, managers
 * and auditors. A GET form narrows either to whole months; a month typed wrong is named
 * in the error summary and no figures are shown.
 */
@Controller
class SurveyFiguresPages {

	private final SurveyFigures figures;

	private final MessageSource messages;

	SurveyFiguresPages(SurveyFigures figures, MessageSource messages) {
		this.figures = figures;
		this.messages = messages;
	}

	@GetMapping("/t/{tenant}/satisfaction")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR })
	String satisfaction(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Model model, HttpServletResponse response) {
		return page("satisfaction", this.figures::satisfaction, from, to, model, response);
	}

	@GetMapping("/t/{tenant}/equality")
	@EndpointRoles({ EndpointRoles.EQUALITY_ANALYST, EndpointRoles.MANAGER, EndpointRoles.AUDITOR })
	String equality(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
			HttpServletResponse response) {
		return page("equality", this.figures::equality, from, to, model, response);
	}

	private String page(String kind, BiFunction<YearMonth, YearMonth, List<AnswerTables.Profile>> counted, String from,
			String to, Model model, HttpServletResponse response) {
		List<FieldError> errors = new ArrayList<>();
		YearMonth first = month("from", from, errors);
		YearMonth last = month("to", to, errors);
		model.addAttribute("kind", kind);
		model.addAttribute("from", from == null ? "" : from);
		model.addAttribute("to", to == null ? "" : to);
		model.addAttribute("errors", errors);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("profiles", List.of());
		}
		else {
			model.addAttribute("profiles", counted.apply(first, last));
		}
		return "officer/surveys/figures";
	}

	private YearMonth month(String field, String value, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError(field, null, field,
					this.messages.getMessage("surveys.month.invalid." + field, null, Locale.ENGLISH)));
			return null;
		}
	}

}
