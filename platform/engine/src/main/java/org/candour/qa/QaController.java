package org.candour.qa;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.api.RequestBodies;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The QA work queue and its figures: samples (filtered), one sample, scoring it, the
 * month's figures against the targets, and the sampling runs (listed, or one started by
 * hand).
 */
@RestController
@RequestMapping("/api/tenants/{tenant}/qa")
class QaController {

	private static final String PERIOD = "^\\d{4}-(0[1-9]|1[0-2])$";

	private final QualityAssurance qa;

	private final RequestBodies bodies;

	private final Actors actors;

	QaController(QualityAssurance qa, RequestBodies bodies, Actors actors) {
		this.qa = qa;
		this.bodies = bodies;
		this.actors = actors;
	}

	@GetMapping("/samples")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR })
	Map<String, Object> samples(@RequestParam(required = false) String period,
			@RequestParam(required = false) String status, @RequestParam(required = false) String reviewer,
			@RequestParam(required = false) String kind) {
		if (status != null && !List.of("awaiting", "done").contains(status)) {
			throw Refusal.malformed("/status", "invalid-parameter", "status is awaiting or done");
		}
		QualityAssurance.Filter filter = new QualityAssurance.Filter(period(period), status,
				parsed(reviewer, ReviewerKind::of, "/reviewer", "reviewer is manager or central"),
				parsed(kind, SampleKind::of, "/kind", "kind is line-manager, central or thematic"));
		return Map.of("items", this.qa.queue(filter));
	}

	@GetMapping("/samples/{id}")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR })
	QaSample sample(@PathVariable String id) {
		return this.qa.sample(id);
	}

	@PostMapping("/samples/{id}/score")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.TENANT_ADMIN })
	QaSample score(@PathVariable String id, @RequestBody JsonNode body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.bodies.require("qa-score", body);
		Long version = body.has("version") ? Long.valueOf(body.path("version").asLong()) : version(ifMatch);
		return this.qa.score(id, ScoreRequest.of(body, version));
	}

	@GetMapping("/figures")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR })
	QaFigures figures(@RequestParam(required = false) String period) {
		return this.qa.figures(period(period));
	}

	@GetMapping("/runs")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR })
	Map<String, Object> runs() {
		return Map.of("items", this.qa.runs());
	}

	@PostMapping("/runs")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.TENANT_ADMIN })
	ResponseEntity<QaRun> run(@RequestBody(required = false) JsonNode body) {
		JsonNode given = (body != null) ? body : tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
		this.bodies.require("qa-run", given);
		String period = given.path("period").asString(null);
		QaRun run = this.qa.run((period != null) ? YearMonth.parse(period) : null, given.path("seed").asString(null),
				this.actors.current().name());
		return ResponseEntity.status(HttpStatus.CREATED).header("Location", run.period()).body(run);
	}

	private static String period(String period) {
		if (period != null && !period.matches(PERIOD)) {
			throw Refusal.malformed("/period", "invalid-parameter", "period is a month, YYYY-MM");
		}
		return period;
	}

	private static <T> T parsed(String value, Function<String, Optional<T>> parse, String pointer, String message) {
		if (value == null) {
			return null;
		}
		return parse.apply(value).orElseThrow(() -> Refusal.malformed(pointer, "invalid-parameter", message));
	}

	private static Long version(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(ifMatch.replace("\"", "").replace("W/", "").trim());
		}
		catch (NumberFormatException ex) {
			throw Refusal.malformed("/If-Match", "invalid-version", "If-Match must be the sample's version");
		}
	}

}
