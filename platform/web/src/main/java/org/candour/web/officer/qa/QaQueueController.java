package org.candour.web.officer.qa;

import java.util.List;

import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.qa.QaSample;
import org.candour.qa.QualityAssurance;
import org.candour.qa.ReviewerKind;
import org.candour.qa.SampleKind;
import org.candour.tenancy.TenantContext;
import org.candour.web.officer.OfficerPaths;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The QA work queue: the samples, those awaiting a score first, filtered by month,
 * status, reviewer and kind (an unknown value is ignored); and starting this month's
 * sampling by hand when the schedule has not drawn it yet.
 */
@Controller
class QaQueueController {

	private static final List<String> STATUSES = List.of("awaiting", "done");

	private final QualityAssurance qa;

	private final QaText text;

	private final Actors actors;

	QaQueueController(QualityAssurance qa, QaText text, Actors actors) {
		this.qa = qa;
		this.text = text;
		this.actors = actors;
	}

	@GetMapping("/t/{tenant}/qa")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR })
	String queue(@RequestParam(required = false) String period, @RequestParam(required = false) String status,
			@RequestParam(required = false) String reviewer, @RequestParam(required = false) String kind, Model model) {
		String tenant = TenantContext.require().value();
		List<String> periods = this.qa.runs().stream().map(run -> run.period()).toList();
		String month = (period != null && periods.contains(period)) ? period : null;
		String state = (status != null && STATUSES.contains(status)) ? status : null;
		ReviewerKind by = (reviewer != null) ? ReviewerKind.of(reviewer).orElse(null) : null;
		SampleKind sampled = (kind != null) ? SampleKind.of(kind).orElse(null) : null;
		List<Row> rows = this.qa.queue(new QualityAssurance.Filter(month, state, by, sampled))
			.stream()
			.map(sample -> row(tenant, sample))
			.toList();
		String current = this.qa.currentPeriod();
		model.addAttribute("hasPolicy", this.qa.policy().isPresent());
		model.addAttribute("rows", rows);
		model.addAttribute("periods", periods.stream().map(one -> new Option(one, QaText.month(one))).toList());
		model.addAttribute("period", (month != null) ? month : "");
		model.addAttribute("status", (state != null) ? state : "");
		model.addAttribute("reviewer", (by != null) ? by.code() : "");
		model.addAttribute("kind", (sampled != null) ? sampled.code() : "");
		model.addAttribute("queueUrl", QaPaths.queue(tenant));
		model.addAttribute("figuresUrl", QaPaths.figures(tenant));
		model.addAttribute("runUrl", QaPaths.runs(tenant));
		model.addAttribute("mayRun", this.qa.policy().isPresent() && !periods.contains(current)
				&& this.actors.current().hasAnyRole(List.of(EndpointRoles.MANAGER, EndpointRoles.TENANT_ADMIN)));
		model.addAttribute("currentMonth", QaText.month(current));
		model.addAttribute("wideLayout", true);
		return "officer/qa/queue";
	}

	@PostMapping("/t/{tenant}/qa/runs")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.TENANT_ADMIN })
	String run(RedirectAttributes redirect) {
		String tenant = TenantContext.require().value();
		try {
			var run = this.qa.run(null, null, this.actors.current().name());
			redirect.addFlashAttribute("success", this.text.text("qa.run.done", QaText.month(run.period()),
					run.lineManager() + run.central() + run.thematic()));
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("failure", ex.getMessage());
		}
		return "redirect:" + QaPaths.queue(tenant);
	}

	private Row row(String tenant, QaSample sample) {
		String kind = this.text.text("qa.kind." + sample.kind().code());
		if (sample.review() != null) {
			kind = kind + ": " + sample.review().title();
		}
		return new Row(sample.id(), QaPaths.sample(tenant, sample.id()), sample.caseReference(),
				OfficerPaths.caseScreen(tenant, sample.caseReference()), kind, QaText.month(sample.period()),
				(sample.officer() != null) ? sample.officer() : this.text.text("qa.no-officer"),
				scoreState(sample, ReviewerKind.MANAGER), scoreState(sample, ReviewerKind.CENTRAL), sample.status());
	}

	/**
	 * {@code scored}, {@code awaiting}, or {@code none} when the sample does not need it.
	 */
	private static String scoreState(QaSample sample, ReviewerKind reviewer) {
		if (sample.scores().of(reviewer) != null) {
			return "scored";
		}
		return sample.needs().contains(reviewer) ? "awaiting" : "none";
	}

	/** A row of the queue. */
	record Row(String id, String href, String reference, String caseHref, String kind, String month, String officer,
			String manager, String central, String status) {
	}

	/** A choice in a filter. */
	record Option(String value, String label) {
	}

}
