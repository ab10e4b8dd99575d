package org.candour.web.officer.remedies;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;
import org.candour.remedies.RemedyPlans;
import org.candour.remedies.RemedySummaries.RemedySummary;
import org.candour.tenancy.TenantContext;
import org.candour.web.officer.DateInput;
import org.candour.web.officer.FieldProblem;
import org.candour.web.officer.reports.ReportTime;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deciding a remedy on its own page: approving it (a payment only within the caller's
 * delegated limit: over it, the remedies module refuses and the page says a manager with
 * a higher limit must approve it, 403), declining it with a reason, or recording a
 * payment's date and reference. Checked by the remedies module as the API checks it;
 * problems are shown in the error summary (422) with what was typed and nothing is
 * written; a remedy changed since the page was shown is the conflict page (409).
 */
@Controller
@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR })
class RemedyDecisionsController {

	private final RemedyPlans plans;

	private final RemedyPages pages;

	private final RemedyText text;

	private final ReportTime time;

	RemedyDecisionsController(RemedyPlans plans, RemedyPages pages, RemedyText text, ReportTime time) {
		this.plans = plans;
		this.pages = pages;
		this.text = text;
		this.time = time;
	}

	@GetMapping("/t/{tenant}/cases/{reference}/remedies/{id:REM-[0-9]+}/{decision:approve|decline|pay}")
	String form(@PathVariable String reference, @PathVariable String id, @PathVariable String decision, Model model) {
		FeedbackCase remedied = this.pages.visibleCase(reference);
		RemedySummary remedy = this.pages.one(remedied, id);
		RemedyDecision chosen = decision(decision, remedy);
		return show(remedied, remedy, chosen, remedy.version(), "", DateInput.of("paidOn", null), "", List.of(), model);
	}

	@PostMapping("/t/{tenant}/cases/{reference}/remedies/{id:REM-[0-9]+}/{decision:approve|decline|pay}")
	String decide(@PathVariable String reference, @PathVariable String id, @PathVariable String decision,
			@RequestParam long version, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String tenant = TenantContext.require().value();
		FeedbackCase remedied = this.pages.visibleCase(reference);
		RemedySummary remedy = this.pages.one(remedied, id);
		RemedyDecision chosen = RemedyDecision.of(decision)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String reason = value(params, "reason");
		DateInput paidOn = DateInput.read(params, "paidOn");
		String paymentReference = value(params, "paymentReference");
		List<FieldProblem> problems = new ArrayList<>(problems(chosen, reason, paidOn, paymentReference));
		int status = HttpStatus.UNPROCESSABLE_CONTENT.value();
		if (problems.isEmpty()) {
			ObjectNode body = JsonNodeFactory.instance.objectNode().put("state", chosen.state());
			if (chosen == RemedyDecision.DECLINE) {
				body.put("reason", reason);
			}
			if (chosen == RemedyDecision.PAY) {
				body.put("paidOn", paidOn.date().orElseThrow().toString());
				body.put("paymentReference", paymentReference);
			}
			try {
				this.plans.decide(new CaseReference(remedied.reference()), id, body, version);
			}
			catch (Refusal ex) {
				if (ex.is(Refusal.Kind.STALE)) {
					return RemedyPages.conflict(tenant, remedied.reference(), id, model, response);
				}
				if (ex.is(Refusal.Kind.NOT_FOUND)) {
					throw new ResponseStatusException(HttpStatus.NOT_FOUND);
				}
				if (ex.is(Refusal.Kind.NOT_ALLOWED)) {
					status = HttpStatus.FORBIDDEN.value();
					problems.add(new FieldProblem("decision", "#save-decision", this.text
						.text("remedies.approve.over-limit", RemedyText.pounds(this.plans.delegatedLimit()))));
				}
				else {
					problems.addAll(RemedyPages.refused(ex, "decision"));
				}
			}
		}
		if (!problems.isEmpty()) {
			response.setStatus(status);
			return show(remedied, this.pages.one(remedied, id), chosen, version, reason, paidOn, paymentReference,
					problems, model);
		}
		redirect.addFlashAttribute("success", this.text.text(switch (chosen) {
			case APPROVE -> "remedies.approved";
			case DECLINE -> "remedies.declined";
			case PAY -> "remedies.payment-recorded";
		}, id));
		return "redirect:" + RemedyPaths.list(tenant, remedied.reference());
	}

	private List<FieldProblem> problems(RemedyDecision chosen, String reason, DateInput paidOn,
			String paymentReference) {
		List<FieldProblem> problems = new ArrayList<>();
		if (chosen == RemedyDecision.DECLINE && reason.isEmpty()) {
			problems.add(FieldProblem.of("reason", this.text.text("remedies.decline.reason.required")));
		}
		if (chosen == RemedyDecision.PAY) {
			if (paidOn.blank()) {
				problems
					.add(new FieldProblem("paidOn", "#paidOn-day", this.text.text("remedies.pay.paid-on.required")));
			}
			else if (paidOn.date().isEmpty()) {
				problems.add(new FieldProblem("paidOn", "#paidOn-day", this.text.text("remedies.pay.paid-on.invalid")));
			}
			if (paymentReference.isEmpty()) {
				problems.add(FieldProblem.of("paymentReference", this.text.text("remedies.pay.reference.required")));
			}
		}
		return problems;
	}

	/** The decision, when the remedy may take it; the not-found page otherwise. */
	private static RemedyDecision decision(String path, RemedySummary remedy) {
		return RemedyDecision.of(path)
			.filter(decision -> decision.offeredFor(remedy.state(), remedy.financial()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String show(FeedbackCase remedied, RemedySummary remedy, RemedyDecision decision, long version,
			String reason, DateInput paidOn, String paymentReference, List<FieldProblem> problems, Model model) {
		String tenant = TenantContext.require().value();
		BigDecimal limit = this.plans.delegatedLimit();
		model.addAttribute("reference", remedied.reference());
		model.addAttribute("listUrl", RemedyPaths.list(tenant, remedied.reference()));
		model.addAttribute("formAction", RemedyPaths.decision(tenant, remedied.reference(), remedy.id(), decision));
		model.addAttribute("row", RemedyRow.of(remedy, limit, true, tenant, remedied.reference(), this.time));
		model.addAttribute("decision", decision.path());
		model.addAttribute("limit", RemedyText.pounds(limit));
		model.addAttribute("version", version);
		model.addAttribute("reason", reason);
		model.addAttribute("paidOn", paidOn);
		model.addAttribute("paymentReference", paymentReference);
		model.addAttribute("errors", problems);
		model.addAttribute("fieldErrors", FieldProblem.byField(problems));
		return "officer/remedies/decide";
	}

	private static String value(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return (value == null) ? "" : value.strip();
	}

}
