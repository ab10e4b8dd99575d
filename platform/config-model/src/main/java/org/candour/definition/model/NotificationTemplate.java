package org.candour.definition.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.candour.definition.ConfigDocument;

/**
 * The words of a notification.
 *
 * @param id id of the document
 * @param channel {@code email}, {@code sms} or {@code letter}
 * @param subject subject line (text or per-language object); {@code null} when not given
 * @param body the body, with {@code {{placeholder}}} fields
 * @param notifyTemplateId GOV.UK Notify template to send through; {@code null} for SMTP
 * @param placeholders placeholders listed (for GOV.UK Notify, whose own template uses
 * them)
 * @param audience {@value #RESIDENTS} (the default) or {@value #STAFF}
 */
public record NotificationTemplate(String id, String channel, JsonNode subject, JsonNode body, String notifyTemplateId,
		List<String> placeholders, String audience) {

	/** Templates written to residents. */
	public static final String RESIDENTS = "residents";

	/** Templates written to staff. */
	public static final String STAFF = "staff";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_.]*)\\s*}}");

	public NotificationTemplate {
		placeholders = List.copyOf(placeholders);
		audience = audience == null ? RESIDENTS : audience;
	}

	public NotificationTemplate(String id, String channel, JsonNode subject, JsonNode body, String notifyTemplateId,
			List<String> placeholders) {
		this(id, channel, subject, body, notifyTemplateId, placeholders, RESIDENTS);
	}

	/** Whether it is written to staff. */
	public boolean forStaff() {
		return STAFF.equals(this.audience);
	}

	/** The names the template lists or uses in its subject or body, in any language. */
	public Set<String> used() {
		Set<String> used = new LinkedHashSet<>(this.placeholders);
		for (JsonNode text : new JsonNode[] { this.subject, this.body }) {
			if (text != null) {
				(text.isString() ? List.of(text) : text.values())
					.forEach(each -> used.addAll(namesIn(each.asString(""))));
			}
		}
		return used;
	}

	/** The placeholder names a text uses, in order. */
	public static Set<String> namesIn(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	public static NotificationTemplate read(ConfigDocument document) {
		JsonNode spec = document.spec();
		return new NotificationTemplate(document.id(), Json.text(spec, "channel"), Json.node(spec, "subject"),
				Json.node(spec, "body"), Json.text(spec, "notifyTemplateId"), Json.strings(spec, "placeholders"),
				Json.text(spec, "audience"));
	}

}
