package org.candour.web.officer.casework;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * The page for a case the officer cannot reach: not found (also a case outside an
 * investigator's org units: it is not said to exist), or an action their roles do not
 * allow.
 */
final class RefusalPages {

	static final String VIEW = "officer/casework/refused";

	private RefusalPages() {
	}

	static String notFound(HttpServletResponse response, Model model) {
		return page(HttpStatus.NOT_FOUND, response, model);
	}

	/** The caller's roles do not allow the action. */
	static String forbidden(HttpServletResponse response, Model model) {
		return page(HttpStatus.FORBIDDEN, response, model);
	}

	static String of(Refusal ex, HttpServletResponse response, Model model) {
		return page(ex.is(Refusal.Kind.NOT_ALLOWED) ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND, response, model);
	}

	/** The action (or change) cannot be made in the case's current state. */
	static String unavailable(OpenCase open, String actionLabel, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("reference", open.reference());
		model.addAttribute("screenUrl", open.screenUrl());
		model.addAttribute("stateLabel", open.stateLabel(open.feedbackCase().current().state()));
		model.addAttribute("actionLabel", actionLabel);
		return "officer/casework/unavailable";
	}

	private static String page(HttpStatus status, HttpServletResponse response, Model model) {
		response.setStatus(status.value());
		model.addAttribute("refusal", status == HttpStatus.FORBIDDEN ? "forbidden" : "not-found");
		return VIEW;
	}

}
