package org.candour.web.officer.learning;

import java.util.List;
import java.util.Set;

import org.candour.api.EndpointRoles;
import org.candour.learning.ActionView;
import org.candour.learning.LearningPlans;
import org.candour.learning.LearningView;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The learning register: every learning record with its theme, org unit, cases, actions
 * and status, overdue records first; filtered by theme, org unit (a record matches its
 * unit or any unit above it) and status (open, overdue or all) with a GET form.
 */
@Controller
class LearningRegisterController {

	private static final Set<String> STATUSES = Set.of("open", "overdue", "all");

	private static final int SHORT = 120;

	private final LearningPlans plans;

	private final LearningVocabulary vocabulary;

	LearningRegisterController(LearningPlans plans, LearningVocabulary vocabulary) {
		this.plans = plans;
		this.vocabulary = vocabulary;
	}

	@GetMapping("/t/{tenant}/learning")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR })
	String register(@RequestParam(defaultValue = "") String theme, @RequestParam(defaultValue = "") String orgUnit,
			@RequestParam(defaultValue = "all") String status, Model model) {
		String tenant = TenantContext.require().value();
		LearningVocabulary.Words words = this.vocabulary.read();
		String chosenStatus = STATUSES.contains(status) ? status : "all";
		String chosenTheme = words.themes().stream().anyMatch(item -> item.value().equals(theme)) ? theme : "";
		String chosenUnit = words.units().contains(orgUnit) ? orgUnit : "";
		List<LearningView> records = this.plans
			.register(chosenTheme, chosenUnit, "all".equals(chosenStatus) ? null : chosenStatus)
			.items();
		model.addAttribute("rows", records.stream().map(record -> row(tenant, record, words)).toList());
		model.addAttribute("themes", words.themes());
		model.addAttribute("orgUnits", words.orgUnits());
		model.addAttribute("theme", chosenTheme);
		model.addAttribute("orgUnit", chosenUnit);
		model.addAttribute("status", chosenStatus);
		model.addAttribute("wideLayout", true);
		return "officer/learning/register";
	}

	private static Row row(String tenant, LearningView record, LearningVocabulary.Words words) {
		String statement = record.statement();
		if (statement.length() > SHORT) {
			statement = statement.substring(0, SHORT).strip() + "…";
		}
		String unit = words.units().directorate(record.orgUnit()).map(found -> found.name()).orElse(null);
		String team = words.units().name(record.orgUnit());
		String where = (unit == null || unit.equals(team)) ? team : unit + " › " + team;
		long overdue = record.actions().stream().filter(ActionView::overdue).count();
		String status = record.overdue() ? "overdue"
				: record.open() ? "open" : record.actions().isEmpty() ? "no-actions" : "verified";
		return new Row(record.id(), LearningPaths.record(tenant, record.id()), statement, words.theme(record.theme()),
				where, record.cases(), record.actions().size(), overdue, status);
	}

	/**
	 * A row of the register.
	 *
	 * @param status {@code overdue}, {@code open}, {@code verified} (every action
	 * verified) or {@code no-actions}
	 */
	record Row(String id, String href, String statement, String theme, String orgUnit, List<String> cases, int actions,
			long overdue, String status) {
	}

}
