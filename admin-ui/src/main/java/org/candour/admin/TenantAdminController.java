package org.candour.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.candour.api.EndpointRoles;
import org.candour.calendar.BankHolidayCoverage;
import org.candour.calendar.ClockReach;
import org.candour.config.ConfigVersion;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CalendarDefinition;
import org.candour.config.VersionHistory;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The tenant administrator's pages that read the draft as a whole: home (the draft's
 * state in words and where to go, and a warning when a live clock could fall due after
 * the last year the bank-holiday data covers), the versions published, and the problems
 * to fix before publishing. Auditors read them too.
 */
@Controller
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class TenantAdminController {

	private final DraftStates states;

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

	private final VersionHistory versions;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final ActiveConfigurations configurations;

	private final BankHolidayCoverage coverage;

	TenantAdminController(DraftStates states, VersionHistory versions, ActiveConfigurations configurations,
			BankHolidayCoverage coverage) {
		this.states = states;
		this.versions = versions;
		this.configurations = configurations;
		this.coverage = coverage;
	}

	@GetMapping("/t/{tenant}/admin")
	String home(Model model) {
		DraftState state = this.states.current();
		String tenant = TenantContext.require().value();
		model.addAttribute("state", state);
		model.addAttribute("types",
				state.ofKind("feedback-type")
					.stream()
					.map(document -> new TypeLink(Texts.english(document.title(), document.id()),
							AdminPaths.type(tenant, document.id())))
					.toList());
		model.addAttribute("bankHolidaysLastCovered", DAY.format(this.coverage.lastCovered()));
		model.addAttribute("clocksBeyondBankHolidays", this.configurations.current()
			.map(version -> this.coverage.clocksBeyondCoverage().stream().map(reach -> beyond(version, reach)).toList())
			.orElse(java.util.List.of()));
		return "admin/home";
	}

	private static ClockBeyond beyond(ConfigVersion version, ClockReach reach) {
		String workflow = version.find("workflow", reach.workflow())
			.map(document -> Texts.english(document.title(), reach.workflow()))
			.orElse(reach.workflow());
		String clock = version.model()
			.workflow(reach.workflow())
			.map(definition -> definition.clocks().get(reach.clock()))
			.map(definition -> Texts.english(definition.label(), reach.clock()))
			.orElse(reach.clock());
		return new ClockBeyond(clock, workflow, DAY.format(reach.latestDue()));
	}

	@GetMapping("/t/{tenant}/admin/versions")
	String versions(Model model) {
		ZoneId zone = this.configurations.current()
			.flatMap(version -> version.model().calendar())
			.map(CalendarDefinition::zone)
			.orElse(LONDON);
		model.addAttribute("versions",
				this.versions.list()
					.stream()
					.map(version -> new VersionRow(version.number(), version.number() == this.versions.activeNumber(),
							version.publishedBy(), when(version.publishedAt().atZone(zone)),
							version.publishedAt().toString(), version.comment(), version.rollbackOf()))
					.toList());
		return "admin/versions";
	}

	private static String when(java.time.ZonedDateTime at) {
		return WHEN.format(at).replace("AM", "am").replace("PM", "pm");
	}

	/** A published version as the versions page lists it. */
	record VersionRow(int number, boolean live, String publishedBy, String when, String datetime, String comment,
			Integer rollbackOf) {
	}

	/** A live clock that could fall due after the bank-holiday data ends. */
	record ClockBeyond(String clock, String workflow, String latestDue) {
	}

	/** A feedback type as the home page links to it. */
	record TypeLink(String title, String href) {
	}

}
