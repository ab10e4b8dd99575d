package org.candour.web.officer.standards;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.standards.CountedCase;
import org.candour.standards.ServiceStandards;
import org.candour.tenancy.TenantContext;
import org.candour.web.officer.OfficerPaths;
import org.candour.web.officer.reports.ReportTime;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One service standard's drill-down: its figure for every case and each team, and the
 * cases counted (or, for a caseload, the officers) with the breaches first, narrowed to a
 * team and to the breaches with a GET form. A team the org structure does not have is
 * shown in the error summary (400) with every case listed.
 */
@Controller
class ServiceStandardController {

	private final ServiceStandards standards;

	private final StandardVocabulary vocabulary;

	ServiceStandardController(ServiceStandards standards, StandardVocabulary vocabulary) {
		this.standards = standards;
		this.vocabulary = vocabulary;
	}

	@GetMapping("/t/{tenant}/service-standards/{id}")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN })
	String standard(@PathVariable String id, @RequestParam(defaultValue = "") String team,
			@RequestParam(defaultValue = "all") String show, Model model, HttpServletResponse response) {
		String tenant = TenantContext.require().value();
		boolean breaches = "breaches".equals(show);
		String chosen = team.isBlank() ? null : team;
		ServiceStandards.Drill drill;
		try {
			drill = this.standards.drill(id, chosen, breaches);
		}
		catch (Refusal refusal) {
			if (!refusal.is(Refusal.Kind.MALFORMED)) {
				throw refusal;
			}
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("teamProblem", team);
			drill = this.standards.drill(id, null, breaches);
			chosen = null;
		}
		StandardVocabulary.Words words = this.vocabulary.read();
		model.addAttribute("card", StandardCards.card(tenant, drill.standard()));
		model.addAttribute("drill", drill);
		model.addAttribute("asAt", ReportTime.day(drill.today()));
		model.addAttribute("period", (drill.standard().periodFrom() == null) ? null
				: ReportTime.day(drill.standard().periodFrom()) + " to " + ReportTime.day(drill.standard().periodTo()));
		model.addAttribute("team", (chosen == null) ? "" : chosen);
		model.addAttribute("teams", words.teams());
		model.addAttribute("breaches", breaches);
		model.addAttribute("action", StandardCards.path(tenant, id, null, false));
		model.addAttribute("dashboardHref", OfficerPaths.dashboard(tenant));
		model.addAttribute("cases", drill.cases().stream().map(found -> row(tenant, found, words)).toList());
		model.addAttribute("wideLayout", true);
		return "officer/standards/standard";
	}

	private static CaseRow row(String tenant, CountedCase found, StandardVocabulary.Words words) {
		List<String> held = new ArrayList<>();
		if (found.officer() != null) {
			held.add(found.officer());
		}
		if (found.team() != null) {
			held.add(words.teamName(found.team()));
		}
		String result = found.met() ? "met" : found.counted() ? "missed" : "past-limit";
		return new CaseRow(found.reference(), OfficerPaths.caseScreen(tenant, found.reference()), found.summary(),
				words.typeLabel(found.feedbackType()), words.stateLabel(found.feedbackType(), found.state()),
				String.join(", ", held), day(found.from()), day(found.to()), day(found.due()), found.days(), result);
	}

	private static String day(java.time.LocalDate day) {
		return (day == null) ? null : ReportTime.day(day);
	}

	/**
	 * A case of the drill-down.
	 *
	 * @param result {@code met}, {@code missed} or {@code past-limit} (open, already past
	 * the limit)
	 */
	record CaseRow(String reference, String href, String summary, String type, String state, String heldBy, String from,
			String to, String due, Integer days, String result) {
	}

}
