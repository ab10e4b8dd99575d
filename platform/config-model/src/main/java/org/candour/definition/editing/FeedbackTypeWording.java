package org.candour.definition.editing;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** A feedback type: its category, who may use it, references, retention, templates. */
final class FeedbackTypeWording implements KindWording {

	private static final Set<String> FIELDS = Set.of("category", "public", "publicTitle", "confirmationTitle",
			"summary", "referencePrefix", "dataProtection", "acknowledgementTemplate", "form", "workflow",
			"defaultOrgUnit", "channels", "escalatesTo");

	private final Titles titles;

	FeedbackTypeWording(Titles titles) {
		this.titles = titles;
	}

	@Override
	public Set<String> fields() {
		return FIELDS;
	}

	@Override
	public void describe(String name, JsonNode before, JsonNode after, Sentences out) {
		if (!before.path("category").equals(after.path("category"))) {
			out.add("Category of " + name + " changed from " + category(before) + " to " + category(after));
		}
		if (before.path("public").asBoolean(false) != after.path("public").asBoolean(false)) {
			out.add(name + (after.path("public").asBoolean(false) ? " is now offered to residents"
					: " is now staff-only (no longer offered to residents)"));
		}
		out.renamed("Name shown to residents", "", before.get("publicTitle"), after.get("publicTitle"));
		out.presence("Name shown to residents of " + name, present(before, "publicTitle", after),
				present(after, "publicTitle", before));
		out.text("summary", name, before.get("summary"), after.get("summary"));
		out.text("confirmation page title", name, before.get("confirmationTitle"), after.get("confirmationTitle"));
		out.arrow("Reference prefix of " + name, text(before, "referencePrefix"), text(after, "referencePrefix"), "");
		JsonNode protectionBefore = before.path("dataProtection");
		JsonNode protectionAfter = after.path("dataProtection");
		out.arrow("Retention period of " + name, text(protectionBefore, "retentionMonths"),
				text(protectionAfter, "retentionMonths"), " months");
		out.otherFields(protectionBefore, protectionAfter, Set.of("retentionMonths"), "Data protection setting ");
		uses(name, "acknowledgementTemplate", "notification-template", "acknowledgement email", before, after, out);
		uses(name, "form", "form", "form", before, after, out);
		uses(name, "workflow", "workflow", "workflow", before, after, out);
		out.arrow("Default team of " + name, quotedText(before, "defaultOrgUnit"), quotedText(after, "defaultOrgUnit"),
				"");
		List<List<String>> channels = Sentences.addedAndRemoved(before.get("channels"), after.get("channels"));
		channels.get(0).forEach(channel -> out.add("Channel " + Words.quoted(channel) + " added to " + name));
		channels.get(1).forEach(channel -> out.add("Channel " + Words.quoted(channel) + " removed from " + name));
		List<List<String>> escalations = Sentences.addedAndRemoved(before.get("escalatesTo"), after.get("escalatesTo"));
		escalations.get(0)
			.forEach(type -> out.add(name + " can now escalate to " + this.titles.of("feedback-type", type)));
		escalations.get(1)
			.forEach(type -> out.add(name + " can no longer escalate to " + this.titles.of("feedback-type", type)));
	}

	/** Only the presence of a name for residents, when there was none or is none now. */
	private static JsonNode present(JsonNode side, String field, JsonNode other) {
		return other.has(field) ? null : side.get(field);
	}

	private void uses(String name, String field, String kind, String what, JsonNode before, JsonNode after,
			Sentences out) {
		String old = text(before, field);
		String now = text(after, field);
		if (old != null && now != null && !old.equals(now)) {
			out.add(Words.capitalised(what) + " of " + name + " changed from " + this.titles.of(kind, old) + " to "
					+ this.titles.of(kind, now));
		}
		else if (old == null && now != null) {
			out.add(Words.capitalised(what) + " of " + name + " set to " + this.titles.of(kind, now));
		}
		else if (old != null && now == null) {
			out.add(name + " no longer has " + ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what);
		}
	}

	private static String category(JsonNode spec) {
		String category = spec.path("category").asString("none");
		return switch (category) {
			case "foi-request" -> "FOI request";
			case "subject-access-request" -> "subject access request";
			default -> category.replace('-', ' ');
		};
	}

	private static String text(JsonNode spec, String field) {
		JsonNode value = spec.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static String quotedText(JsonNode spec, String field) {
		String text = text(spec, field);
		return (text == null) ? null : Words.quoted(text);
	}

}
