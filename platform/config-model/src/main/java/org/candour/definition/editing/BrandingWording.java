package org.candour.definition.editing;

import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Branding: the organisation's name, colour, logo, Welsh pages and links. */
final class BrandingWording implements KindWording {

	private static final Set<String> FIELDS = Set.of("organisationName", "colour", "logoUrl", "logoAlt", "welsh",
			"privacyNoticeUrl", "accessibilityStatementUrl", "contactUrl");

	@Override
	public Set<String> fields() {
		return FIELDS;
	}

	@Override
	public void describe(String name, JsonNode before, JsonNode after, Sentences out) {
		String oldName = Words.english(before.get("organisationName"));
		String newName = Words.english(after.get("organisationName"));
		out.arrow("Organisation name", (oldName == null) ? null : Words.quoted(oldName),
				(newName == null) ? null : Words.quoted(newName), "");
		out.text("organisation name", "the organisation", translations(before), translations(after));
		out.arrow("Brand colour", text(before, "colour"), text(after, "colour"), "");
		out.presence("Logo", before.get("logoUrl"), after.get("logoUrl"));
		out.text("text alternative", "the logo", before.get("logoAlt"), after.get("logoAlt"));
		if (before.path("welsh").asBoolean(false) != after.path("welsh").asBoolean(false)) {
			out.add(after.path("welsh").asBoolean(false) ? "Welsh pages turned on" : "Welsh pages turned off");
		}
		out.presence("Privacy notice link", before.get("privacyNoticeUrl"), after.get("privacyNoticeUrl"));
		out.presence("Accessibility statement link", before.get("accessibilityStatementUrl"),
				after.get("accessibilityStatementUrl"));
		out.presence("Contact page link", before.get("contactUrl"), after.get("contactUrl"));
	}

	/** The name's translations only: its English is told by the arrow. */
	private static JsonNode translations(JsonNode spec) {
		JsonNode name = spec.path("organisationName");
		if (!name.isObject()) {
			return null;
		}
		ObjectNode others = (ObjectNode) name.deepCopy();
		others.remove("en");
		return others;
	}

	private static String text(JsonNode spec, String field) {
		JsonNode value = spec.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

}
