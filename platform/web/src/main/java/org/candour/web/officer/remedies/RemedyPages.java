package org.candour.web.officer.remedies;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.cases.CaseLookup;
import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;
import org.candour.remedies.RemedySummaries;
import org.candour.remedies.RemedySummaries.RemedySummary;
import org.candour.web.officer.FieldProblem;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the remedies pages share: the case the caller may see (else the not-found page),
 * one of its remedies, the conflict page, and the engine's refusals on the fields their
 * pointers name.
 */
@Component
class RemedyPages {

	private final CaseLookup cases;

	private final RemedySummaries remedies;

	RemedyPages(CaseLookup cases, RemedySummaries remedies) {
		this.cases = cases;
		this.remedies = remedies;
	}

	/** The case, or the not-found page when there is none the caller may see. */
	FeedbackCase visibleCase(String reference) {
		try {
			return this.cases.visible(reference);
		}
		catch (Refusal ex) {
			if (ex.is(Refusal.Kind.NOT_FOUND)) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			throw ex;
		}
	}

	List<RemedySummary> of(FeedbackCase remedied) {
		return this.remedies.of(new CaseReference(remedied.reference()));
	}

	/** The case's remedy, or the not-found page. */
	RemedySummary one(FeedbackCase remedied, String id) {
		return of(remedied).stream()
			.filter(remedy -> remedy.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Someone else changed the remedy after the page was shown: nothing was written. */
	static String conflict(String tenant, String reference, String id, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("remedyId", id);
		model.addAttribute("reference", reference);
		model.addAttribute("listUrl", RemedyPaths.list(tenant, reference));
		return "officer/remedies/conflict";
	}

	/**
	 * The engine's refusal, each problem on the field its pointer names ({@code /kind},
	 * {@code /description}, {@code /amount}, {@code /reason}, {@code /paidOn},
	 * {@code /paymentReference}); anything else on {@code fallback} ({@code decision}
	 * links to the form's button).
	 */
	static List<FieldProblem> refused(Refusal ex, String fallback) {
		if (ex.violations() == null || ex.violations().isEmpty()) {
			throw ex;
		}
		List<FieldProblem> problems = new ArrayList<>();
		for (ApiError error : ex.violations()) {
			String pointer = (error.pointer() == null) ? "" : error.pointer();
			String field = switch (pointer) {
				case "/kind", "/description", "/amount", "/reason", "/paymentReference" -> pointer.substring(1);
				case "/paidOn" -> "paidOn";
				default -> fallback;
			};
			String href = switch (field) {
				case "paidOn" -> "#paidOn-day";
				case "decision" -> "#save-decision";
				default -> "#" + field;
			};
			problems.add(new FieldProblem(field, href, error.message()));
		}
		return problems;
	}

}
