package org.candour.definition.model;

import tools.jackson.databind.JsonNode;

import org.candour.definition.ConfigDocument;

/**
 * How a tenant's pages look and whom they name. Texts are text or per-language objects;
 * optional members left out are {@code null}.
 *
 * @param organisationName the council's name
 * @param colour header colour, {@code #rrggbb}
 * @param logoUrl logo image
 * @param logoAlt the logo's text alternative
 * @param welsh whether pages are offered in Welsh
 * @param privacyNoticeUrl the privacy notice
 * @param accessibilityStatementUrl the accessibility statement
 * @param contactUrl how to contact the council
 */
public record Branding(JsonNode organisationName, String colour, String logoUrl, JsonNode logoAlt, boolean welsh,
		String privacyNoticeUrl, String accessibilityStatementUrl, String contactUrl) {

	public static Branding read(ConfigDocument document) {
		JsonNode spec = document.spec();
		return new Branding(Json.node(spec, "organisationName"), Json.text(spec, "colour"), Json.text(spec, "logoUrl"),
				Json.node(spec, "logoAlt"), spec.path("welsh").asBoolean(false), Json.text(spec, "privacyNoticeUrl"),
				Json.text(spec, "accessibilityStatementUrl"), Json.text(spec, "contactUrl"));
	}

}
