package org.candour.admin.branding;

import org.candour.admin.TranslatedTexts;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the branding document as a pack author would by hand; what the page does not
 * show (a description, Welsh while Welsh is not offered) is kept.
 */
final class BrandingDocuments {

	static final String DEFAULT_ID = "public-pages";

	private BrandingDocuments() {
	}

	static ObjectNode newBranding() {
		ObjectNode content = JsonNodeFactory.instance.objectNode();
		content.put("kind", "branding");
		content.put("id", DEFAULT_ID);
		content.put("title", "Public pages");
		content.putObject("spec");
		return content;
	}

	static ObjectNode withForm(ObjectNode written, BrandingForm form) {
		ObjectNode content = written.deepCopy();
		ObjectNode spec = content.withObject("/spec");
		boolean welsh = form.offersWelsh();
		TranslatedTexts.set(spec, "organisationName", TranslatedTexts.with(spec.get("organisationName"),
				form.organisationName(), form.organisationNameCy(), welsh));
		spec.put("colour", form.colour());
		text(spec, "logoUrl", form.logoUrl());
		TranslatedTexts.set(spec, "logoAlt", TranslatedTexts.with(spec.get("logoAlt"), form.logoAlt(), "", false));
		spec.put("welsh", welsh);
		text(spec, "privacyNoticeUrl", form.privacyNoticeUrl());
		text(spec, "accessibilityStatementUrl", form.accessibilityStatementUrl());
		text(spec, "contactUrl", form.contactUrl());
		TranslatedTexts.set(spec, "startPageIntro", TranslatedTexts.with(spec.get("startPageIntro"),
				form.startPageIntro(), form.startPageIntroCy(), welsh));
		return content;
	}

	private static void text(ObjectNode spec, String field, String value) {
		if (value.isEmpty()) {
			spec.remove(field);
		}
		else {
			spec.put(field, value);
		}
	}

}
