package org.candour.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;
import org.candour.definition.model.ReportDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Starts the current tenant's scheduled report runs: for each report of the active
 * version with a {@code schedule} (cron, in the tenant calendar's time zone), the latest
 * slot that has come is claimed — one claim per report and slot across every instance —
 * and the claimer starts a run over the report's own period that ended as the slot began
 * (all time for a {@code custom} period). A slot missed while no instance ran is caught
 * up once, if it is within the look-back and not before the active version was published
 * (a report published on a Wednesday does not run at once for Monday's slot, and a new
 * tenant does not run last week's reports on its first tick).
 */
@Component
class ScheduledReports {

	private static final Logger log = LoggerFactory.getLogger(ScheduledReports.class);

	static final String SCHEDULE = "schedule";

	private final ActiveConfigurations configurations;

	private final ReportRunStore store;

	private final ReportRuns runs;

	private final Clock clock;

	private final Duration lookBack;

	ScheduledReports(ActiveConfigurations configurations, ReportRunStore store, ReportRuns runs, Optional<Clock> clock,
			@Value("${candour.reports.schedule-look-back:P7D}") Duration lookBack) {
		this.configurations = configurations;
		this.store = store;
		this.runs = runs;
		this.clock = clock.orElse(Clock.systemUTC());
		this.lookBack = lookBack;
	}

	/** Starts the current tenant's due runs; returns their ids. */
	List<String> startDue() {
		List<String> started = new ArrayList<>();
		Optional<ConfigVersion> version = this.configurations.current();
		if (version.isEmpty()) {
			return started;
		}
		Instant now = this.clock.instant();
		ZoneId zone = RunScope.zone(version.get());
		for (ReportDefinition report : version.get().model().reports().values()) {
			if (report.schedule() == null) {
				continue;
			}
			Optional<ZonedDateTime> slot = latestSlot(report.schedule(), now.atZone(zone))
				.filter(latest -> !latest.toInstant().isBefore(version.get().publishedAt()));
			if (slot.isPresent() && this.store.claimSlot(report.id(), slot.get().toInstant().toString(), now)) {
				// the period that ended as the slot began: the day before a monthly slot
				// on
				// the 1st is in last month
				LocalDate dayBefore = slot.get().toLocalDate().minusDays(1);
				ReportRuns.Request period = this.runs.defaultRequest(report, dayBefore)
					.orElse(new ReportRuns.Request(null, null, null, true));
				started.add(this.runs.start(report.id(), period, SCHEDULE).runId());
				log.info("Scheduled run of report {} for slot {}", report.id(), slot.get());
			}
		}
		return started;
	}

	/** The latest slot of the cron expression at or before now, within the look-back. */
	Optional<ZonedDateTime> latestSlot(String cron, ZonedDateTime now) {
		CronExpression expression = CronExpression.parse(cron.trim().split("\\s+").length == 5 ? "0 " + cron : cron);
		ZonedDateTime latest = null;
		ZonedDateTime next = expression.next(now.minus(this.lookBack));
		while (next != null && !next.isAfter(now)) {
			latest = next;
			next = expression.next(next);
		}
		return Optional.ofNullable(latest);
	}

}
