package org.candour.web.officer.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.calendar.TenantCalendars;
import org.candour.reports.DashboardFigures;
import org.candour.standards.ServiceStandards;
import org.candour.tenancy.TenantContext;
import org.candour.web.officer.OfficerPaths;
import org.candour.web.officer.reports.ReportTime;
import org.candour.web.officer.standards.StandardCards;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The manager dashboard: the service standards (each against its target, for every case
 * and each team, linked to its drill-down), open cases by stage and state, received and
 * closed per month, responses within timescale this quarter against the target, breached
 * and due-soon cases, the oldest open cases and each officer's caseload. Each chart is
 * drawn beside its table; each figure about open cases links to the queue listing those
 * cases.
 */
@Controller
class DashboardController {

	private static final List<String> QUEUE_READERS = List.of(EndpointRoles.OFFICER, EndpointRoles.MANAGER,
			EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR);

	private final DashboardFigures figures;

	private final ServiceStandards standards;

	private final ReportTime time;

	private final TenantCalendars calendars;

	private final Actors actors;

	private final MessageSource messages;

	private final int dueSoonWorkingDays;

	DashboardController(DashboardFigures figures, ServiceStandards standards, ReportTime time,
			TenantCalendars calendars, Actors actors, MessageSource messages,
			@Value("${candour.queues.due-soon-working-days:5}") int dueSoonWorkingDays) {
		this.figures = figures;
		this.standards = standards;
		this.time = time;
		this.calendars = calendars;
		this.actors = actors;
		this.messages = messages;
		this.dueSoonWorkingDays = dueSoonWorkingDays;
	}

	@GetMapping("/t/{tenant}/dashboard")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN })
	String dashboard(Model model) {
		String tenant = TenantContext.require().value();
		LocalDate today = this.time.today();
		LocalDate dueSoonBy = this.calendars.current().addWorkingDays(today, this.dueSoonWorkingDays);
		DashboardFigures.Dashboard dashboard = this.figures.of(today, this.time.zone(), dueSoonBy);
		QueueLinks links = new QueueLinks(tenant, this.actors.current().hasAnyRole(QUEUE_READERS));
		DashboardCharts charts = new DashboardCharts(tenant, today.atStartOfDay(this.time.zone()).toInstant());
		DashboardFigures.Timeliness timeliness = dashboard.timeliness();
		String quarter = ReportTime.day(timeliness.from()) + " to " + ReportTime.day(timeliness.to());
		model.addAttribute("asAt", ReportTime.day(today));
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("links", links);
		model.addAttribute("openRows",
				dashboard.open()
					.stream()
					.map(count -> new OpenRow(count.typeLabel(), count.stateLabel(), count.count(),
							links.typeAndState(count.feedbackType(), count.state())))
					.toList());
		model.addAttribute("allOpenHref", links.allOpen());
		model.addAttribute("breachedHref", links.breached());
		model.addAttribute("dueSoonHref", links.dueSoon());
		model.addAttribute("dueSoonDays", this.dueSoonWorkingDays);
		model.addAttribute("openChart", charts.openByType(dashboard, text("dashboard.open.heading"),
				text("dashboard.open.type"), text("dashboard.open.count")));
		model.addAttribute("receivedChart", charts.months(dashboard, text("dashboard.months.heading"),
				text("dashboard.months.month"), "received", text("dashboard.months.received")));
		model.addAttribute("closedChart", charts.months(dashboard, text("dashboard.months.heading"),
				text("dashboard.months.month"), "closed", text("dashboard.months.closed")));
		model.addAttribute("months", dashboard.months()
			.stream()
			.map(month -> new MonthRow(DashboardCharts.MONTH.format(month.month()), month.received(), month.closed()))
			.toList());
		model.addAttribute("quarter", quarter);
		model.addAttribute("timelinessChart", charts.timeliness(timeliness, text("dashboard.timeliness.heading"),
				quarter, text("dashboard.timeliness.measure")));
		model.addAttribute("timelinessPercentage", percentage(timeliness.percentage()));
		model.addAttribute("timelinessTarget", (timeliness.target() == null) ? null : percentage(timeliness.target()));
		model.addAttribute("oldest",
				dashboard.oldest()
					.stream()
					.map(found -> new OldRow(found.reference(), OfficerPaths.caseScreen(tenant, found.reference()),
							found.typeLabel(), found.stateLabel(),
							ReportTime.day(found.receivedAt().atZone(this.time.zone()).toLocalDate()),
							(found.officer() != null) ? found.officer() : found.team()))
					.toList());
		model.addAttribute("caseloadChart",
				charts.caseload(dashboard, text("dashboard.caseload.heading"), text("dashboard.caseload.officer"),
						text("dashboard.caseload.count"), text("dashboard.caseload.nobody")));
		model.addAttribute("caseload", dashboard.caseload()
			.stream()
			.map(load -> new LoadRow((load.officer() == null) ? text("dashboard.caseload.nobody") : load.officer(),
					load.count(), links.officer(load.officer())))
			.toList());
		model.addAttribute("standards", StandardCards.of(tenant, this.standards.board()));
		model.addAttribute("wideLayout", true);
		return "officer/dashboard/dashboard";
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

	/** A percentage as shown: one decimal place, "n/a" when there is none. */
	static String percentage(Double value) {
		return (value == null) ? "n/a" : String.format(Locale.ENGLISH, "%.1f%%", value);
	}

	/** A row of the open cases table. */
	record OpenRow(String type, String state, long count, String href) {
	}

	/** A row of the months table. */
	record MonthRow(String month, long received, long closed) {
	}

	/** A row of the oldest open cases. */
	record OldRow(String reference, String href, String type, String state, String received, String assigned) {
	}

	/** A row of the caseload table. */
	record LoadRow(String officer, long count, String href) {
	}

}
