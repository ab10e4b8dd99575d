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
 * @param startPageIntro the start page's introduction, if configured (otherwise the
 * standard words)
 */
public record Branding(String organisationName, String colour, boolean fillsHeader, String logoUrl, String logoAlt,
		boolean welsh, String privacyNoticeUrl, String accessibilityStatementUrl, String contactUrl,
		String startPageIntro) {

	static final String DEFAULT_COLOUR = "#1d70b8";

	static Branding plain(String organisationName) {
		return new Branding(organisationName, DEFAULT_COLOUR, false, null, "", false, null, null, null, null);
	}

	/** Whether white text on {@code colour} has a contrast ratio of at least 4.5:1. */
	static boolean whiteTextReadableOn(String colour) {
		return org.candour.definition.model.Branding.whiteTextReadableOn(colour);
	}

}
