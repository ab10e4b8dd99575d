package org.candour.admin.branding;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.candour.admin.PageProblem;
import org.candour.admin.TranslatedTexts;
import org.candour.definition.model.Branding;

/**
 * What the branding page posts: the organisation's name, brand colour, logo, whether
 * Welsh is offered, the footer's links and the start page's introduction (the texts in
 * English, and in Welsh when Welsh is offered).
 *
 * @param organisationName the name in the header of every public page
 * @param organisationNameCy the name in Welsh
 * @param colour {@code #rrggbb}
 * @param logoUrl HTTPS address of the logo, or empty
 * @param logoAlt the logo's text alternative, or empty
 * @param welsh {@code yes} or {@code no}
 * @param privacyNoticeUrl the privacy notice
 * @param accessibilityStatementUrl the accessibility statement, or empty
 * @param contactUrl the contact page, or empty
 * @param startPageIntro the start page's introduction, or empty for the standard words
 * @param startPageIntroCy the introduction in Welsh
 * @param hash the content hash of the document when the page was loaded
 */
record BrandingForm(String organisationName, String organisationNameCy, String colour, String logoUrl, String logoAlt,
		String welsh, String privacyNoticeUrl, String accessibilityStatementUrl, String contactUrl,
		String startPageIntro, String startPageIntroCy, String hash) {

	private static final Pattern COLOUR = Pattern.compile("^#[0-9a-fA-F]{6}$");

	BrandingForm {
		organisationName = trim(organisationName);
		organisationNameCy = trim(organisationNameCy);
		colour = trim(colour).toLowerCase(Locale.ROOT);
		logoUrl = trim(logoUrl);
		logoAlt = trim(logoAlt);
		welsh = trim(welsh);
		privacyNoticeUrl = trim(privacyNoticeUrl);
		accessibilityStatementUrl = trim(accessibilityStatementUrl);
		contactUrl = trim(contactUrl);
		startPageIntro = trim(startPageIntro);
		startPageIntroCy = trim(startPageIntroCy);
		hash = hash == null ? "" : hash;
	}

	static BrandingForm of(Branding branding, String hash) {
		return new BrandingForm(TranslatedTexts.in(branding.organisationName(), "en"),
				TranslatedTexts.in(branding.organisationName(), "cy"), branding.colour(), branding.logoUrl(),
				TranslatedTexts.in(branding.logoAlt(), "en"), branding.welsh() ? "yes" : "no",
				branding.privacyNoticeUrl(), branding.accessibilityStatementUrl(), branding.contactUrl(),
				TranslatedTexts.in(branding.startPageIntro(), "en"),
				TranslatedTexts.in(branding.startPageIntro(), "cy"), hash);
	}

	static BrandingForm empty(String name) {
		return new BrandingForm(name, "", "#1d70b8", "", "", "no", "", "", "", "", "", "");
	}

	public boolean offersWelsh() {
		return "yes".equals(this.welsh);
	}

	boolean hasColour() {
		return COLOUR.matcher(this.colour).matches();
	}

	/** What the page checks before the store does. */
	List<PageProblem> problems() {
		List<PageProblem> problems = new ArrayList<>();
		if (this.organisationName.isEmpty()) {
			problems.add(new PageProblem("organisationName", "Enter your organisation’s name"));
		}
		if (!hasColour()) {
			problems.add(new PageProblem("colour", "Enter the colour as # and 6 letters or digits, like #1d70b8"));
		}
		if (!this.logoUrl.isEmpty() && !(this.logoUrl.startsWith("https://") && address(this.logoUrl))) {
			problems.add(new PageProblem("logoUrl", "Enter the logo’s address starting https://, or leave it empty"));
		}
		if (!"yes".equals(this.welsh) && !"no".equals(this.welsh)) {
			problems.add(new PageProblem("welsh", "Select whether the public pages are offered in Welsh"));
		}
		if (this.privacyNoticeUrl.isEmpty() || !address(this.privacyNoticeUrl)) {
			problems.add(new PageProblem("privacyNoticeUrl",
					"Enter the address of your privacy notice, like https://www.example.gov.uk/privacy"));
		}
		if (!this.accessibilityStatementUrl.isEmpty() && !address(this.accessibilityStatementUrl)) {
			problems.add(new PageProblem("accessibilityStatementUrl",
					"Enter the address of your accessibility statement starting https://, or leave it empty"));
		}
		if (!this.contactUrl.isEmpty() && !address(this.contactUrl)) {
			problems.add(new PageProblem("contactUrl",
					"Enter the address of your contact page starting https://, or leave it empty"));
		}
		return problems;
	}

	/** A web address: http or https, with a host. */
	private static boolean address(String value) {
		try {
			URI uri = new URI(value);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	private static String trim(String value) {
		return value == null ? "" : value.trim();
	}

}
