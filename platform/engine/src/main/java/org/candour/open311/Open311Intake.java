package org.candour.open311;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.candour.api.Refusal;
import org.candour.cases.CaseIntake;
import org.candour.cases.FeedbackCase;
import org.candour.cases.LogCase;
import org.candour.definition.model.Open311Attribute;
import org.candour.definition.model.Open311Fields;
import org.candour.definition.model.Open311Offer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Turns a POSTed Open311 request into a case of the service's feedback type through the
 * case intake (the form's schema and rules check it as they check any new case): each
 * parameter fills the field the service names, {@code attribute[code]} answers its
 * question, and the summary, when no parameter fills it, is the start of the description.
 * A refusal names the parameters at fault.
 */
@Component
class Open311Intake {

	/** The parameters a service may map, in the order they fill a shared field. */
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final List<String> PARAMETERS = List.of("description", "address_string", "lat", "long", "email",
			"first_name", "last_name", "phone", "media_url");

	private final CaseIntake intake;

	private final Open311Requests requests;

	private final JsonMapper json;

	private final Clock clock;

	Open311Intake(CaseIntake intake, Open311Requests requests, JsonMapper json, Optional<Clock> clock) {
		this.intake = intake;
		this.requests = requests;
		this.json = json;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	FeedbackCase log(Open311Offer offer, Open311Parameters parameters, Open311Client client) {
		String description = parameters.first("description");
		if (description == null) {
			throw Open311Failure.badRequest("description: give a description of the problem");
		}
		boolean located = parameters.first("address_string") != null || parameters.first("address_id") != null
				|| (parameters.first("lat") != null && parameters.first("long") != null);
		if (!located) {
			throw Open311Failure.badRequest("lat, long: give lat and long, or address_string");
		}
		ObjectNode data = this.json.createObjectNode();
		for (String parameter : PARAMETERS) {
			String pointer = offer.fields().get(parameter);
			String value = parameters.first(parameter);
			if (pointer != null && value != null) {
				fill(data, pointer,
						Open311Fields.NUMERIC.contains(parameter) ? number(parameter, value) : NODES.stringNode(value));
			}
		}
		for (Open311Attribute attribute : offer.attributes()) {
			answer(data, attribute, parameters);
		}
		if (offer.summaryField() != null && data.at(offer.summaryField()).isMissingNode()) {
			fill(data, offer.summaryField(), this.json.getNodeFactory()
				.stringNode(Open311Texts.firstLine(description, offer.summaryMaxLength())));
		}
		LogCase command = new LogCase(offer.feedbackType(), data, null, "web", null, null, null,
				"Received through Open311 from " + client.name(), null);
		FeedbackCase logged;
		try {
			logged = this.intake.log(command, null).feedbackCase();
		}
		catch (Refusal refusal) {
			throw new Open311Failure(org.springframework.http.HttpStatus.BAD_REQUEST,
					Open311Texts.describe(refusal, offer));
		}
		this.requests.record(new Open311Request(logged.reference(), offer.serviceCode(), offer.feedbackType(),
				client.id(), this.clock.instant()));
		return logged;
	}

	private void answer(ObjectNode data, Open311Attribute attribute, Open311Parameters parameters) {
		String name = "attribute[" + attribute.code() + "]";
		List<String> values = parameters.all(name, name + "[]");
		if (values.isEmpty()) {
			return;
		}
		if (attribute.multiple()) {
			ArrayNode array = data.putArray(attribute.code());
			values.forEach(array::add);
		}
		else {
			data.set(attribute.code(),
					attribute.numeric() ? number(name, values.get(0)) : NODES.stringNode(values.get(0)));
		}
	}

	private JsonNode number(String parameter, String value) {
		try {
			return NODES.numberNode(Double.parseDouble(value));
		}
		catch (NumberFormatException ex) {
			throw Open311Failure.badRequest(parameter + ": give a number, like 51.752");
		}
	}

	/**
	 * Sets the field at {@code pointer}, making the objects on the way; text joins the
	 * text already there with a space (first_name and last_name sharing a field).
	 */
	private void fill(ObjectNode data, String pointer, JsonNode value) {
		String[] names = pointer.substring(1).split("/", -1);
		ObjectNode parent = data;
		for (int i = 0; i < names.length - 1; i++) {
			JsonNode next = parent.get(names[i]);
			parent = next instanceof ObjectNode object ? object : parent.putObject(names[i]);
		}
		String last = names[names.length - 1];
		JsonNode earlier = parent.get(last);
		parent.set(last, (earlier != null && earlier.isString() && value.isString())
				? NODES.stringNode(earlier.asString() + " " + value.asString()) : value);
	}

}
