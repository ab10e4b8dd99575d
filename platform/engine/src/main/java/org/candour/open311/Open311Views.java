package org.candour.open311;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.candour.cases.CaseLookup;
import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;
import org.candour.cases.HistoryEntry;
import org.candour.definition.model.Open311Offer;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Requests received through Open311 as GeoReport v2 shows them, and their updates: one
 * per change of workflow state (not the logging), its id the reference and the history
 * entry's number, so a client polling again sees the same ids. An update says what the
 * state's public label says, never an officer's note.
 */
@Component
class Open311Views {

	private final CaseLookup cases;

	private final Open311Catalogue catalogue;

	Open311Views(CaseLookup cases, Open311Catalogue catalogue) {
		this.cases = cases;
		this.catalogue = catalogue;
	}

	Open311Body.Items requests(List<Open311Request> requests) {
		List<Open311Body> bodies = new ArrayList<>();
		requests.forEach(request -> load(request).ifPresent(found -> bodies.add(request(request, found))));
		return new Open311Body.Items("service_requests", "request", bodies);
	}

	/** Updates in {@code [from, to]}, oldest first. */
	Open311Body.Items updates(List<Open311Request> requests, java.time.Instant from, java.time.Instant to) {
		List<Update> updates = new ArrayList<>();
		for (Open311Request request : requests) {
			load(request).ifPresent(found -> found.feedbackCase()
				.history()
				.stream()
				.filter(entry -> entry.from() != null && entry.to() != null && !entry.to().equals(entry.from()))
				.filter(entry -> (from == null || !entry.at().isBefore(from))
						&& (to == null || !entry.at().isAfter(to)))
				.forEach(entry -> updates.add(new Update(request, found.offer(), entry))));
		}
		updates.sort(java.util.Comparator.comparing((Update update) -> update.entry().at())
			.thenComparing(update -> update.request().reference()));
		return new Open311Body.Items("service_requests_updates", "request_update",
				updates.stream().map(Open311Views::update).toList());
	}

	private Optional<Found> load(Open311Request request) {
		Optional<Open311Offer> offer = this.catalogue.find(request.serviceCode());
		return this.cases.find(new CaseReference(request.reference()))
			.flatMap(found -> offer.map(known -> new Found(found, known)));
	}

	private static Open311Body request(Open311Request request, Found found) {
		FeedbackCase feedbackCase = found.feedbackCase();
		Open311Offer offer = found.offer();
		JsonNode data = feedbackCase.current().data();
		return new Open311Body().put("service_request_id", request.reference())
			.put("status", feedbackCase.current().open() ? "open" : "closed")
			.put("status_notes", "")
			.put("service_name", offer.serviceName())
			.put("service_code", offer.serviceCode())
			.put("description", text(data, offer, "description"))
			.put("agency_responsible", "")
			.put("service_notice", offer.notice(feedbackCase.current().state()))
			.put("requested_datetime", Open311Dates.format(request.requestedAt()))
			.put("updated_datetime", Open311Dates.format(feedbackCase.updatedAt()))
			.put("expected_datetime", Open311Dates.format(feedbackCase.current().nextDue().orElse(null)))
			.put("address", text(data, offer, "address_string"))
			.put("address_id", "")
			.put("zipcode", "")
			.put("lat", text(data, offer, "lat"))
			.put("long", text(data, offer, "long"))
			.put("media_url", text(data, offer, "media_url"));
	}

	private static Open311Body update(Update update) {
		HistoryEntry entry = update.entry();
		return new Open311Body().put("update_id", update.request().reference() + "-" + entry.seq())
			.put("service_request_id", update.request().reference())
			.put("status", update.offer().status(entry.to()))
			.put("updated_datetime", Open311Dates.format(entry.at()))
			.put("description", update.offer().notice(entry.to()))
			.put("media_url", "");
	}

	private static String text(JsonNode data, Open311Offer offer, String parameter) {
		String pointer = offer.fields().get(parameter);
		if (pointer == null) {
			return "";
		}
		JsonNode value = data.at(pointer);
		return value.isValueNode() ? value.asString() : "";
	}

	private record Found(FeedbackCase feedbackCase, Open311Offer offer) {
	}

	private record Update(Open311Request request, Open311Offer offer, HistoryEntry entry) {
	}

}
