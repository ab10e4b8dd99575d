package org.candour.web.officer.queues;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.reports.ReportDrillDown;
import org.candour.reports.ReportResult;
import org.candour.reports.ReportTable;
import org.candour.tenancy.TenantContext;
import org.candour.web.officer.OfficerPaths;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cases behind a figure of a report run, listed like a queue: what the figure is, how
 * many it counted as at the run, and the cases it selects now. Managers, auditors and
 * tenant administrators see every case of any run; officers and investigators see only
 * published runs, and only the cases of their org units (told how many others there are).
 */
@Controller
class ReportCasesController {

	private static final List<String> READERS = List.of(EndpointRoles.MANAGER, EndpointRoles.AUDITOR,
			EndpointRoles.TENANT_ADMIN);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private final ReportDrillDown drillDown;

	private final QueueVocabularies vocabularies;

	private final QueuePeople people;

	private final Actors actors;

	ReportCasesController(ReportDrillDown drillDown, QueueVocabularies vocabularies, QueuePeople people,
			Actors actors) {
		this.drillDown = drillDown;
		this.vocabularies = vocabularies;
		this.people = people;
		this.actors = actors;
	}

	@GetMapping("/t/{tenant}/reports/runs/{runId}/cases")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN, EndpointRoles.OFFICER,
			EndpointRoles.INVESTIGATOR })
	String cases(@PathVariable String runId, @RequestParam(defaultValue = ReportDrillDown.TOTALS) String row,
			@RequestParam String measure, @RequestParam(required = false) String part, Model model) {
		String tenant = TenantContext.require().value();
		QueueVocabulary vocabulary = this.vocabularies.current();
		Actors.Actor actor = this.actors.current();
		boolean everything = actor.hasAnyRole(READERS);
		Set<String> units = everything ? null
				: vocabulary.orgUnits().withDescendants(this.people.staff().orgUnitsOf(actor.name()));
		boolean denominator = "denominator".equals(part);
		ReportDrillDown.CasesBehind behind = this.drillDown.cases(runId, row, measure, denominator, !everything, units);
		ReportResult result = behind.result();
		model.addAttribute("title", result.title());
		model.addAttribute("measure", behind.measure().label());
		model.addAttribute("rowLabel", rowLabel(result, behind.row()));
		model.addAttribute("counted", counted(behind));
		model.addAttribute("denominator", behind.denominator());
		model.addAttribute("elsewhere", behind.elsewhere());
		model.addAttribute("asAt", result.dataAsAt());
		model.addAttribute("reportUrl", "/t/" + tenant + "/reports/runs/" + runId);
		model.addAttribute("otherPart",
				"percentage".equals(behind.measure().measureType()) ? "/t/" + tenant + "/reports/runs/" + runId
						+ "/cases?row=" + row + "&measure=" + measure + (denominator ? "" : "&part=denominator")
						: null);
		model.addAttribute("rows",
				behind.cases()
					.stream()
					.map(found -> new CaseLine(found.reference(), OfficerPaths.caseScreen(tenant, found.reference()),
							vocabulary.feedbackType(found.feedbackType()), found.summary(),
							vocabulary.orgUnits().name(found.orgUnit()),
							(found.team() == null) ? null : vocabulary.orgUnits().name(found.team()),
							vocabulary.stateLabel(found.state()),
							(found.receivedAt() == null) ? null
									: DAY.format(found.receivedAt().atZone(vocabulary.zone())),
							found.open()))
					.toList());
		model.addAttribute("wideLayout", true);
		return "officer/queues/report-cases";
	}

	/** A case as the list shows it. */
	record CaseLine(String reference, String href, String type, String summary, String orgUnit, String team,
			String state, String received, boolean open) {
	}

	private static String rowLabel(ReportResult result, ReportTable.Row row) {
		if (row == null) {
			return "All rows (totals)";
		}
		StringBuilder label = new StringBuilder();
		for (ReportResult.Column column : result.columns()) {
			if ("dimension".equals(column.kind())) {
				if (!label.isEmpty()) {
					label.append(", ");
				}
				label.append(column.label()).append(": ").append(result.label(column.id(), row.key().get(column.id())));
			}
		}
		return label.toString();
	}

	private static Long counted(ReportDrillDown.CasesBehind behind) {
		ReportTable.Figure figure = (behind.row() == null) ? behind.result().totals().get(behind.measure().id())
				: behind.row().values().get(behind.measure().id());
		if (figure == null) {
			return null;
		}
		if (figure.denominator() != null) {
			return behind.denominator() ? figure.denominator() : figure.numerator();
		}
		return (figure.value() == null) ? null : figure.value().longValue();
	}

}
