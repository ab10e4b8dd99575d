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
 * @param startPageIntro the words under the start page's heading; {@code null}: the
 * standard words
 */
public record Branding(JsonNode organisationName, String colour, String logoUrl, JsonNode logoAlt, boolean welsh,
		String privacyNoticeUrl, String accessibilityStatementUrl, String contactUrl, JsonNode startPageIntro) {

	/** WCAG 2.2 AA contrast for normal text. */
	public static final double READABLE_CONTRAST = 4.5;

	/**
	 * The contrast ratio of white text on a colour ({@code #rrggbb}), from 1 (none) to
	 * 21.
	 */
	public static double contrastWithWhite(String colour) {
		double luminance = 0.2126 * channel(colour, 1) + 0.7152 * channel(colour, 3) + 0.0722 * channel(colour, 5);
		return 1.05 / (luminance + 0.05);
	}

	/** Whether white text on the colour has a contrast ratio of at least 4.5:1. */
	public static boolean whiteTextReadableOn(String colour) {
		return contrastWithWhite(colour) >= READABLE_CONTRAST;
	}

	private static double channel(String colour, int offset) {
		double value = Integer.parseInt(colour.substring(offset, offset + 2), 16) / 255.0;
		return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
	}

	public static Branding read(ConfigDocument document) {
		JsonNode spec = document.spec();
		return new Branding(Json.node(spec, "organisationName"), Json.text(spec, "colour"), Json.text(spec, "logoUrl"),
				Json.node(spec, "logoAlt"), spec.path("welsh").asBoolean(false), Json.text(spec, "privacyNoticeUrl"),
				Json.text(spec, "accessibilityStatementUrl"), Json.text(spec, "contactUrl"),
				Json.node(spec, "startPageIntro"));
	}

}
