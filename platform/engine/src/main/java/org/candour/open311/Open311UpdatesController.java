package org.candour.open311;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.candour.api.EndpointRoles;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * mySociety's {@code servicerequestupdates} extension, which FixMyStreet polls with
 * {@code start_date} and {@code end_date} (the last day by default, at most
 * {@value #MAX_DAYS} days): the state changes of the requests received through Open311.
 */
@RestController
@EndpointRoles(EndpointRoles.PUBLIC)
class Open311UpdatesController {

	static final int MAX_DAYS = 90;

	private final Open311Access access;

	private final Open311Requests requests;

	private final Open311Views views;

	private final Open311Responses responses;

	private final Clock clock;

	Open311UpdatesController(Open311Access access, Open311Requests requests, Open311Views views,
			Open311Responses responses, Optional<Clock> clock) {
		this.access = access;
		this.requests = requests;
		this.views = views;
		this.responses = responses;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@GetMapping("/open311/{tenant}/v2/servicerequestupdates.{format}")
	ResponseEntity<String> updates(@PathVariable String format, @RequestParam MultiValueMap<String, String> values) {
		Open311Format wanted = Open311Format.require(format);
		Open311Parameters parameters = new Open311Parameters(values);
		this.access.reader(parameters);
		Instant end = Open311Dates.parse("end_date", parameters.first("end_date"));
		Instant start = Open311Dates.parse("start_date", parameters.first("start_date"));
		Instant until = end != null ? end : this.clock.instant();
		Instant since = start != null ? start : until.minus(Duration.ofDays(1));
		if (since.isAfter(until)) {
			throw Open311Failure.badRequest("start_date: give a start_date before the end_date");
		}
		if (since.isBefore(until.minus(Duration.ofDays(MAX_DAYS)))) {
			throw Open311Failure.badRequest("start_date: ask for at most " + MAX_DAYS + " days at a time");
		}
		// a request changes only after it is received, so those received later cannot
		// have changed in the period
		return this.responses.list(wanted, HttpStatus.OK,
				this.views.updates(this.requests.received(null, until, null, Integer.MAX_VALUE), since, until));
	}

}
