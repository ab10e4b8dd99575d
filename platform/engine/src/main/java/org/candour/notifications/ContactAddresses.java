package org.candour.notifications;

import java.util.Optional;

import org.candour.definition.model.Form;
import tools.jackson.databind.JsonNode;

/**
 * Finds the resident's email address in a case's people part: the first of the form's
 * {@code people} fields whose schema has {@code "format": "email"}, else a field named
 * {@code email} (as the API's {@code people} object may give it).
 */
final class ContactAddresses {

	private ContactAddresses() {
	}

	static Optional<String> email(Form form, JsonNode contact) {
		JsonNode properties = form.schema().path("properties");
		for (String field : form.people()) {
			if ("email".equals(properties.path(field).path("format").asString(null))) {
				Optional<String> value = text(contact.path(field));
				if (value.isPresent()) {
					return value;
				}
			}
		}
		return text(contact.path("email"));
	}

	private static Optional<String> text(JsonNode value) {
		return value.isString() && !value.asString().isBlank() ? Optional.of(value.asString().trim())
				: Optional.empty();
	}

}
