package org.candour.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.cases.CaseDisposal;
import org.candour.cases.CaseLookup;
import org.candour.cases.CaseReference;
import tools.jackson.databind.JsonNode;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The retention API: the dry run of a day (by default the last day of this month) or of
 * the next nightly run, a run now, the disposal log, and legal hold on a case.
 */
@RestController
class RetentionController {

	private static final int LOG_LIMIT = 500;

	private final Retention retention;

	private final CaseDisposal disposal;

	private final CaseLookup lookup;

	private final Actors actors;

	private final NextRetentionRun nextRun;

	private final Clock clock;

	RetentionController(Retention retention, CaseDisposal disposal, CaseLookup lookup, Actors actors,
			NextRetentionRun nextRun, java.util.Optional<Clock> clock) {
		this.retention = retention;
		this.nextRun = nextRun;
		this.disposal = disposal;
		this.lookup = lookup;
		this.actors = actors;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@GetMapping("/api/tenants/{tenant}/retention")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.MANAGER, EndpointRoles.AUDITOR,
			EndpointRoles.DATA_PROTECTION })
	Map<String, Object> due(@RequestParam(required = false) String on) {
		LocalDate day = day(on);
		return Map.of("on", day.toString(), "feedbackTypes", this.retention.due(day));
	}

	/**
	 * What the next nightly run would do: the cases it would dispose of or keep on hold.
	 */
	@GetMapping("/api/tenants/{tenant}/retention/due")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.MANAGER, EndpointRoles.AUDITOR,
			EndpointRoles.DATA_PROTECTION })
	Map<String, Object> dueNextRun() {
		Instant at = this.nextRun.at();
		LocalDate day = this.nextRun.day(at);
		return Map.of("nextRunAt", at.toString(), "on", day.toString(), "feedbackTypes", this.retention.due(day));
	}

	@PostMapping("/api/tenants/{tenant}/retention/runs")
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	Retention.Run run() {
		return this.retention.run(this.actors.current().name());
	}

	@GetMapping("/api/tenants/{tenant}/retention/log")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.DATA_PROTECTION })
	List<DisposalEntry> log() {
		return this.retention.log(LOG_LIMIT);
	}

	@PutMapping("/api/tenants/{tenant}/cases/{reference}/legal-hold")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.MANAGER, EndpointRoles.DATA_PROTECTION })
	Map<String, Object> hold(@PathVariable String reference, @RequestBody JsonNode body) {
		if (!body.path("held").isBoolean()) {
			throw Refusal.malformed("/held", "legal-hold.held-missing", "Say whether the case is held: true or false");
		}
		String reason = body.path("reason").asString("").strip();
		if (reason.isEmpty()) {
			throw Refusal.malformed("/reason", "legal-hold.reason-missing",
					"Give the reason for putting the case on legal hold or taking it off");
		}
		CaseReference found = this.lookup.visible(reference).caseReference();
		boolean held = body.path("held").asBoolean();
		if (!this.disposal.hold(found, held, reason, this.actors.current().name(), this.clock.instant())) {
			throw Refusal.stale("The case kept changing; try again", Map.of());
		}
		return Map.of("reference", found.value(), "held", held);
	}

	private LocalDate day(String on) {
		if (on == null || on.isBlank()) {
			return this.retention.endOfThisMonth();
		}
		try {
			return LocalDate.parse(on);
		}
		catch (DateTimeParseException ex) {
			throw Refusal.malformed("/on", "retention.on-invalid", "on must be a date, like 2027-01-31");
		}
	}

}
