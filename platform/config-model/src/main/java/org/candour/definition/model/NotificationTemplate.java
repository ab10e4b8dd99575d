package org.candour.definition.model;

import java.util.List;

import tools.jackson.databind.JsonNode;

import org.candour.definition.ConfigDocument;

/**
 * The words of a notification.
 *
 * @param id id of the document
 * @param channel {@code email}, {@code sms} or {@code letter}
 * @param subject subject line (text or per-language object); {@code null} when not given
 * @param body the body, with {@code ((placeholder))} fields
 * @param notifyTemplateId GOV.UK Notify template to send through; {@code null} for SMTP
 * @param placeholders the placeholders the body uses
 */
public record NotificationTemplate(String id, String channel, JsonNode subject, JsonNode body, String notifyTemplateId,
		List<String> placeholders) {

	public NotificationTemplate {
		placeholders = List.copyOf(placeholders);
	}

	static NotificationTemplate read(ConfigDocument document) {
		JsonNode spec = document.spec();
		return new NotificationTemplate(document.id(), Json.text(spec, "channel"), Json.node(spec, "subject"),
				Json.node(spec, "body"), Json.text(spec, "notifyTemplateId"), Json.strings(spec, "placeholders"));
	}

}
