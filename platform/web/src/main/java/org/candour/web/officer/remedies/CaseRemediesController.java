package org.candour.web.officer.remedies;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;
import org.candour.remedies.RemedyPlans;
import org.candour.remedies.RemedySummaries.RemedySummary;
import org.candour.tenancy.TenantContext;
import org.candour.web.officer.FieldProblem;
import org.candour.web.officer.OfficerPaths;
import org.candour.web.officer.reports.ReportTime;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The remedies of a case (each with what the caller may do to it, and their delegated
 * limit) and proposing one: its kind from the tenant's {@code remedy-kinds}, what is
 * offered and, for a payment, the amount. Checked by the remedies module as the API
 * checks it; problems are shown in the error summary (422) with what was typed, and
 * nothing is written.
 */
@Controller
class CaseRemediesController {

	static final int MAX_DESCRIPTION = 4000;

	private final RemedyPlans plans;

	private final RemedyPages pages;

	private final RemedyText text;

	private final ReportTime time;

	private final Actors actors;

	CaseRemediesController(RemedyPlans plans, RemedyPages pages, RemedyText text, ReportTime time, Actors actors) {
		this.plans = plans;
		this.pages = pages;
		this.text = text;
		this.time = time;
		this.actors = actors;
	}

	@GetMapping("/t/{tenant}/cases/{reference}/remedies")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR })
	String list(@PathVariable String reference, Model model) {
		String tenant = TenantContext.require().value();
		FeedbackCase remedied = this.pages.visibleCase(reference);
		boolean decides = this.actors.current().hasAnyRole(RemedyForms.EDITORS);
		BigDecimal limit = decides ? this.plans.delegatedLimit() : BigDecimal.ZERO;
		List<RemedyRow> rows = new ArrayList<>();
		for (RemedySummary remedy : this.pages.of(remedied)) {
			rows.add(RemedyRow.of(remedy, limit, decides, tenant, remedied.reference(), this.time));
		}
		model.addAttribute("reference", remedied.reference());
		model.addAttribute("caseUrl", OfficerPaths.caseScreen(tenant, remedied.reference()));
		model.addAttribute("proposeUrl", decides ? RemedyPaths.propose(tenant, remedied.reference()) : null);
		model.addAttribute("remedies", rows);
		model.addAttribute("limit", !decides ? null : limit.signum() > 0
				? this.text.text("remedies.limit", RemedyText.pounds(limit)) : this.text.text("remedies.limit.none"));
		return "officer/remedies/list";
	}

	@GetMapping("/t/{tenant}/cases/{reference}/remedies/new")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR })
	String proposeForm(@PathVariable String reference, Model model) {
		FeedbackCase remedied = this.pages.visibleCase(reference);
		return show(remedied.reference(), "", "", "", List.of(), model);
	}

	@PostMapping("/t/{tenant}/cases/{reference}/remedies/new")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR })
	String propose(@PathVariable String reference, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String amount,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String tenant = TenantContext.require().value();
		FeedbackCase remedied = this.pages.visibleCase(reference);
		List<FieldProblem> problems = new ArrayList<>();
		String given = description.strip();
		if (kind.isBlank()) {
			problems.add(
					new FieldProblem("kind", "#kind-" + firstKind(), this.text.text("remedies.propose.kind.required")));
		}
		if (given.isEmpty()) {
			problems.add(FieldProblem.of("description", this.text.text("remedies.propose.description.required")));
		}
		else if (given.length() > MAX_DESCRIPTION) {
			problems.add(FieldProblem.of("description",
					this.text.text("remedies.propose.description.too-long", MAX_DESCRIPTION)));
		}
		BigDecimal pounds = RemedyForms.pounds(amount);
		if (!amount.isBlank() && pounds == null) {
			problems.add(FieldProblem.of("amount", this.text.text("remedies.propose.amount.invalid")));
		}
		String id = null;
		if (problems.isEmpty()) {
			ObjectNode body = JsonNodeFactory.instance.objectNode().put("kind", kind).put("description", given);
			if (pounds != null) {
				body.put("amount", pounds);
			}
			try {
				id = this.plans.propose(new CaseReference(remedied.reference()), body);
			}
			catch (Refusal ex) {
				problems.addAll(RemedyPages.refused(ex, "description"));
			}
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(remedied.reference(), kind, description, amount, problems, model);
		}
		redirect.addFlashAttribute("success", this.text.text("remedies.proposed", id));
		return "redirect:" + RemedyPaths.list(tenant, remedied.reference());
	}

	private String show(String reference, String kind, String description, String amount, List<FieldProblem> problems,
			Model model) {
		String tenant = TenantContext.require().value();
		model.addAttribute("reference", reference);
		model.addAttribute("listUrl", RemedyPaths.list(tenant, reference));
		model.addAttribute("formAction", RemedyPaths.propose(tenant, reference));
		model.addAttribute("kinds", this.plans.kinds());
		model.addAttribute("kind", kind);
		model.addAttribute("description", description);
		model.addAttribute("amount", amount);
		model.addAttribute("errors", problems);
		model.addAttribute("fieldErrors", FieldProblem.byField(problems));
		return "officer/remedies/propose";
	}

	private String firstKind() {
		List<RemedyPlans.Kind> kinds = this.plans.kinds();
		return kinds.isEmpty() ? "" : kinds.get(0).code();
	}

}
