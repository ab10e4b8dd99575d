package org.candour.web.resident;

/**
 * How the current tenant's public pages look and what they link to, in the reader's
 * language.
 *
 * @param organisationName shown in the header
 * @param colour brand colour {@code #rrggbb}
 * @param fillsHeader whether the header is filled with the colour (white text on it is
 * readable) rather than only underlined by it
 * @param logoUrl logo image, if any
 * @param logoAlt the logo's text alternative (empty when decorative)
 * @param welsh whether the pages are offered in Welsh
 * @param privacyNoticeUrl privacy notice, if configured
 * @param accessibilityStatementUrl accessibility statement, if configured
 * @param contactUrl general contact page, if configured
 */
public record Branding(String organisationName, String colour, boolean fillsHeader, String logoUrl, String logoAlt,
		boolean welsh, String privacyNoticeUrl, String accessibilityStatementUrl, String contactUrl) {

	static final String DEFAULT_COLOUR = "#1d70b8";

	/** WCAG 2.2 AA contrast for normal text. */
	private static final double READABLE = 4.5;

	static Branding plain(String organisationName) {
		return new Branding(organisationName, DEFAULT_COLOUR, false, null, "", false, null, null, null);
	}

	/** Whether white text on {@code colour} has a contrast ratio of at least 4.5:1. */
	static boolean whiteTextReadableOn(String colour) {
		double luminance = 0.2126 * channel(colour, 1) + 0.7152 * channel(colour, 3) + 0.0722 * channel(colour, 5);
		return (1.05) / (luminance + 0.05) >= READABLE;
	}

	private static double channel(String colour, int offset) {
		double value = Integer.parseInt(colour.substring(offset, offset + 2), 16) / 255.0;
		return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
	}

}
