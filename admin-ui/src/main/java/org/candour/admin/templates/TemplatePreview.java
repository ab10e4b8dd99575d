package org.candour.admin.templates;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template's subject and body in one language, filled as a case's message would be:
 * each placeholder replaced by its value, one Candour does not fill left out (as sending
 * leaves it out), the body cut into paragraphs and lines to show.
 *
 * @param language {@code en} or {@code cy}
 * @param subject the filled subject; empty when the template has none
 * @param paragraphs the filled body's paragraphs, each a list of lines
 * @param fallsBackToEnglish whether the template has no text in this language, so the
 * English is sent
 */
record TemplatePreview(String language, String subject, List<List<String>> paragraphs, boolean fallsBackToEnglish) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_.]*)\\s*}}");

	private static final Pattern LEFTOVER = Pattern.compile("\\{\\{[^{}]*}}");

	static TemplatePreview of(String language, String subject, String body, Map<String, String> values,
			boolean fallsBackToEnglish) {
		List<List<String>> paragraphs = Arrays.stream(fill(body, values).split("\\n\\s*\\n"))
			.map(String::strip)
			.filter(paragraph -> !paragraph.isEmpty())
			.map(paragraph -> List.of(paragraph.split("\\n")))
			.toList();
		return new TemplatePreview(language, fill(subject, values), paragraphs, fallsBackToEnglish);
	}

	public String languageName() {
		return "cy".equals(this.language) ? "Welsh" : "English";
	}

	static String fill(String text, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(filled, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
		}
		matcher.appendTail(filled);
		return LEFTOVER.matcher(filled).replaceAll("");
	}

}
