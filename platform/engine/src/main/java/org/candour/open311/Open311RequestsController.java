package org.candour.open311;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.candour.api.EndpointRoles;
import org.candour.cases.FeedbackCase;
import org.candour.definition.model.Open311Offer;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GeoReport v2's requests: POST (form-encoded, a client's {@code api_key}) logs a case
 * and answers its reference as {@code service_request_id}; GET lists the requests
 * received through Open311 (by {@code service_request_id}s, or by {@code service_code},
 * {@code start_date}, {@code end_date} — the last 90 days by default — and
 * {@code status}), at most {@value #LIMIT}.
 */
@RestController
@EndpointRoles(EndpointRoles.PUBLIC)
class Open311RequestsController {

	static final int LIMIT = 1000;

	private static final java.time.Duration DEFAULT_PERIOD = java.time.Duration.ofDays(90);

	private final Open311Catalogue catalogue;

	private final Open311Access access;

	private final Open311Intake intake;

	private final Open311Requests requests;

	private final Open311Views views;

	private final Open311Responses responses;

	private final java.time.Clock clock;

	Open311RequestsController(Open311Catalogue catalogue, Open311Access access, Open311Intake intake,
			Open311Requests requests, Open311Views views, Open311Responses responses,
			java.util.Optional<java.time.Clock> clock) {
		this.catalogue = catalogue;
		this.access = access;
		this.intake = intake;
		this.requests = requests;
		this.views = views;
		this.responses = responses;
		this.clock = clock.orElse(java.time.Clock.systemUTC());
	}

	@PostMapping("/open311/{tenant}/v2/requests.{format}")
	ResponseEntity<String> post(@PathVariable String format, @RequestParam MultiValueMap<String, String> values) {
		Open311Format wanted = Open311Format.require(format);
		Open311Parameters parameters = new Open311Parameters(values);
		Open311Client client = this.access.poster(parameters);
		String code = parameters.first("service_code");
		if (code == null) {
			throw Open311Failure.badRequest("service_code: give the code of one of the services");
		}
		Open311Offer offer = this.catalogue.find(code)
			.orElseThrow(() -> Open311Failure.badRequest("service_code: no service '" + code + "'"));
		FeedbackCase logged = this.intake.log(offer, parameters, client);
		Open311Body created = new Open311Body().put("service_request_id", logged.reference())
			.put("service_notice", offer.notice(logged.current().state()))
			.put("account_id", "");
		return this.responses.list(wanted, HttpStatus.CREATED,
				new Open311Body.Items("service_requests", "request", List.of(created)));
	}

	@GetMapping("/open311/{tenant}/v2/requests.{format}")
	ResponseEntity<String> list(@PathVariable String format, @RequestParam MultiValueMap<String, String> values) {
		Open311Format wanted = Open311Format.require(format);
		Open311Parameters parameters = new Open311Parameters(values);
		this.access.reader(parameters);
		String ids = parameters.first("service_request_id");
		List<Open311Request> found;
		if (ids != null) {
			found = this.requests
				.withReferences(Arrays.stream(ids.split(",")).map(String::strip).limit(LIMIT).toList());
		}
		else {
			Instant end = Open311Dates.parse("end_date", parameters.first("end_date"));
			Instant start = Open311Dates.parse("start_date", parameters.first("start_date"));
			if (start == null) {
				start = (end != null ? end : this.clock.instant()).minus(DEFAULT_PERIOD);
			}
			found = this.requests.received(start, end, parameters.first("service_code"), LIMIT);
		}
		Open311Body.Items items = this.views.requests(found);
		String status = parameters.first("status");
		if (status != null) {
			List<String> wantedStatuses = Arrays.stream(status.split(",")).map(String::strip).toList();
			items = new Open311Body.Items(items.name(), items.item(),
					items.bodies()
						.stream()
						.filter(body -> wantedStatuses.contains(String.valueOf(body.values().get("status"))))
						.toList());
		}
		return this.responses.list(wanted, HttpStatus.OK, items);
	}

	@GetMapping("/open311/{tenant}/v2/requests/{id}.{format}")
	ResponseEntity<String> one(@PathVariable String id, @PathVariable String format,
			@RequestParam MultiValueMap<String, String> values) {
		Open311Format wanted = Open311Format.require(format);
		this.access.reader(new Open311Parameters(values));
		Open311Body.Items items = this.views.requests(this.requests.withReferences(List.of(id)));
		if (items.bodies().isEmpty()) {
			throw Open311Failure.notFound("service_request_id: no request '" + id + "'");
		}
		return this.responses.list(wanted, HttpStatus.OK, items);
	}

}
