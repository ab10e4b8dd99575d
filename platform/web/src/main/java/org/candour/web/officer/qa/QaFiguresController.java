package org.candour.web.officer.qa;

import java.util.List;

import org.candour.api.EndpointRoles;
import org.candour.qa.QaFigures;
import org.candour.qa.QualityAssurance;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A month's QA figures against the policy's targets: each figure with its target, the
 * counts it comes from and whether it meets the target. The month is one that was sampled
 * (the latest by default; an unknown one is ignored).
 */
@Controller
class QaFiguresController {

	private final QualityAssurance qa;

	private final QaText text;

	QaFiguresController(QualityAssurance qa, QaText text) {
		this.qa = qa;
		this.text = text;
	}

	@GetMapping("/t/{tenant}/qa/figures")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR })
	String figures(@RequestParam(required = false) String period, Model model) {
		String tenant = TenantContext.require().value();
		List<String> periods = this.qa.runs().stream().map(run -> run.period()).toList();
		String month = (period != null && periods.contains(period)) ? period
				: (periods.isEmpty() ? null : periods.get(0));
		model.addAttribute("queueUrl", QaPaths.queue(tenant));
		model.addAttribute("figuresUrl", QaPaths.figures(tenant));
		model.addAttribute("periods",
				periods.stream().map(one -> new QaQueueController.Option(one, QaText.month(one))).toList());
		model.addAttribute("period", (month != null) ? month : "");
		model.addAttribute("hasPolicy", this.qa.policy().isPresent());
		if (month != null && this.qa.policy().isPresent()) {
			QaFigures figures = this.qa.figures(month);
			model.addAttribute("month", QaText.month(month));
			model.addAttribute("samples", figures.samples());
			model.addAttribute("rows", figures.figures()
				.stream()
				.map(figure -> new Row(figure.id(), this.text.text("qa.figure." + figure.id()),
						this.text.text("qa.figure." + figure.id() + ".hint"), figure.target().toPlainString() + "%",
						(figure.figure() != null) ? figure.figure().toPlainString() + "%"
								: this.text.text("qa.figure.none"),
						figure.numerator(), figure.denominator(), figure.met()))
				.toList());
		}
		return "officer/qa/figures";
	}

	/** A figure as the page shows it. */
	record Row(String id, String label, String hint, String target, String figure, int numerator, int denominator,
			Boolean met) {
	}

}
