package org.candour.admin.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.candour.admin.PageProblem;
import org.candour.admin.Texts;
import org.candour.admin.TranslatedTexts;
import org.candour.definition.ConfigDocument;
import org.candour.definition.model.NotificationTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What the template page posts: its name, channel, GOV.UK Notify template id, and subject
 * and body in English and (for a tenant that offers Welsh) in Welsh.
 *
 * @param title what administrators call the template
 * @param channel {@code email}, {@code sms} or {@code letter}
 * @param notifyTemplateId GOV.UK Notify template id (a UUID), or empty
 * @param subjectEn English subject (emails)
 * @param subjectCy Welsh subject
 * @param bodyEn English body
 * @param bodyCy Welsh body
 * @param hash the content hash of the document when the page was loaded
 */
record TemplateForm(String title, String channel, String notifyTemplateId, String subjectEn, String subjectCy,
		String bodyEn, String bodyCy, String hash) {

	static final List<String> CHANNELS = List.of("email", "sms", "letter");

	private static final Pattern UUID = Pattern
		.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

	TemplateForm {
		title = trim(title);
		channel = trim(channel);
		notifyTemplateId = trim(notifyTemplateId);
		subjectEn = trim(subjectEn);
		subjectCy = trim(subjectCy);
		bodyEn = body(bodyEn);
		bodyCy = body(bodyCy);
		hash = hash == null ? "" : hash;
	}

	static TemplateForm empty() {
		return new TemplateForm("", "email", "", "", "", "", "", "");
	}

	static TemplateForm of(ConfigDocument document, String hash) {
		NotificationTemplate template = NotificationTemplate.read(document);
		return new TemplateForm(Texts.english(document.title(), document.id()), template.channel(),
				template.notifyTemplateId(), in(template.subject(), "en"), in(template.subject(), "cy"),
				in(template.body(), "en"), in(template.body(), "cy"), hash);
	}

	boolean isEmail() {
		return "email".equals(this.channel);
	}

	/** What the page itself checks before the draft does. */
	List<PageProblem> problems() {
		List<PageProblem> problems = new ArrayList<>();
		if (this.title.isEmpty()) {
			problems.add(new PageProblem("title", "Enter a name for the template"));
		}
		if (!CHANNELS.contains(this.channel)) {
			problems.add(new PageProblem("channel", "Select how the message is sent"));
		}
		if (!this.notifyTemplateId.isEmpty() && !UUID.matcher(this.notifyTemplateId).matches()) {
			problems.add(new PageProblem("notifyTemplateId",
					"Enter the GOV.UK Notify template id as it is shown in Notify, like 8b1d6a4e-2f0c-4c1e-9d3a-5b7e1f2a3c4d"));
		}
		if (isEmail() && this.subjectEn.isEmpty()) {
			problems.add(new PageProblem("subjectEn", "Enter a subject: emails need one"));
		}
		if (this.bodyEn.isBlank()) {
			problems.add(new PageProblem("bodyEn", "Enter the message"));
		}
		return problems;
	}

	static String in(JsonNode text, String language) {
		return TranslatedTexts.in(text, language);
	}

	private static String trim(String value) {
		return value == null ? "" : value.trim();
	}

	/**
	 * Line ends as the browser sends them (CR LF) stored as LF; outer blank lines gone.
	 */
	private static String body(String value) {
		return value == null ? "" : value.replace("\r\n", "\n").strip();
	}

}
