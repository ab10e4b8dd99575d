package org.candour.web.officer.reports;

import java.util.ArrayList;
import java.util.List;

import org.candour.api.EndpointRoles;
import org.candour.definition.model.ReportDefinition;
import org.candour.reports.PublishedReport;
import org.candour.reports.ReportRuns;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The reports of the active configuration, each with a link to run it and to its
 * published snapshots; an officer sees only the reports that have published snapshots.
 */
@Controller
class ReportListController {

	private final Reports reports;

	private final ReportRuns runs;

	private final ReportMessages messages;

	private final ReportTime time;

	ReportListController(Reports reports, ReportRuns runs, ReportMessages messages, ReportTime time) {
		this.reports = reports;
		this.runs = runs;
		this.messages = messages;
		this.time = time;
	}

	@GetMapping("/t/{tenant}/reports")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN, EndpointRoles.OFFICER,
			EndpointRoles.EQUALITY_ANALYST })
	String list(Model model) {
		String tenant = TenantContext.require().value();
		boolean reads = this.reports.reads();
		List<Entry> entries = new ArrayList<>();
		for (ReportDefinition report : this.reports.all()) {
			List<PublishedReport> published = this.runs.published(report.id());
			if (!reads && published.isEmpty()) {
				continue;
			}
			entries.add(new Entry(report.id(), Reports.title(report), Reports.description(report),
					this.messages
						.text("reports.period." + ((report.period() == null) ? "none" : report.period().type())),
					reads ? ReportPaths.runForm(tenant, report.id()) : null,
					published.isEmpty() ? null : ReportPaths.publishedList(tenant, report.id()), published.size(),
					published.isEmpty() ? null : this.time.when(published.get(0).publishedAt())));
		}
		model.addAttribute("entries", entries);
		model.addAttribute("reads", reads);
		return "officer/reports/list";
	}

	/**
	 * A report in the list.
	 *
	 * @param id its id
	 * @param title its title
	 * @param description what it shows, or {@code null}
	 * @param period the kind of period it covers, in words
	 * @param runHref its run form, or {@code null} for a reader of published reports
	 * @param publishedHref its published snapshots, or {@code null} when there are none
	 * @param publishedCount how many
	 * @param lastPublished when the newest was published, or {@code null}
	 */
	record Entry(String id, String title, String description, String period, String runHref, String publishedHref,
			int publishedCount, String lastPublished) {
	}

}
