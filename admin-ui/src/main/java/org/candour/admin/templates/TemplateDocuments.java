package org.candour.admin.templates;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.candour.admin.TranslatedTexts;
import org.candour.definition.model.NotificationTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes notification-template documents as a pack author would by hand: a text in
 * English only stays a plain string, a translated one is {@code {"en": …, "cy": …}}; what
 * the page does not show (a description, other languages, Welsh text while the tenant
 * does not offer Welsh) is kept.
 */
final class TemplateDocuments {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private TemplateDocuments() {
	}

	static ObjectNode newTemplate(String id, TemplateForm form, boolean welsh) {
		ObjectNode content = NODES.objectNode();
		content.put("kind", "notification-template");
		content.put("id", id);
		content.putObject("spec");
		return withForm(content, form, welsh);
	}

	/**
	 * The document with the page's answers.
	 * @param welsh whether the page showed the Welsh texts (otherwise those written are
	 * kept)
	 */
	static ObjectNode withForm(ObjectNode written, TemplateForm form, boolean welsh) {
		ObjectNode content = written.deepCopy();
		JsonNode title = content.get("title");
		if (title != null && title.isObject()) {
			((ObjectNode) title).put("en", form.title());
		}
		else {
			content.put("title", form.title());
		}
		ObjectNode spec = content.withObject("/spec");
		spec.put("channel", form.channel());
		JsonNode subject = TranslatedTexts.with(spec.get("subject"), form.subjectEn(), form.subjectCy(), welsh);
		if (subject == null) {
			spec.remove("subject");
		}
		else {
			spec.set("subject", subject);
		}
		JsonNode body = TranslatedTexts.with(spec.get("body"), form.bodyEn(), form.bodyCy(), welsh);
		spec.set("body", body == null ? NODES.stringNode("") : body);
		if (form.notifyTemplateId().isEmpty()) {
			spec.remove("notifyTemplateId");
		}
		else {
			spec.put("notifyTemplateId", form.notifyTemplateId());
		}
		if (spec.has("placeholders")) {
			// the list GOV.UK Notify's own template is personalised with follows the
			// texts
			Set<String> used = new LinkedHashSet<>();
			for (JsonNode text : new JsonNode[] { spec.get("subject"), spec.get("body") }) {
				if (text != null) {
					(text.isString() ? java.util.List.of(text) : text.values())
						.forEach(each -> used.addAll(NotificationTemplate.namesIn(each.asString(""))));
				}
			}
			spec.set("placeholders", NODES.arrayNode().addAll(used.stream().map(NODES::stringNode).toList()));
		}
		return content;
	}

	/** An id made from a title: a unique configuration slug. */
	static String idFor(String title, Collection<String> taken) {
		String base = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (base.length() > 50) {
			base = base.substring(0, 50).replaceAll("-+$", "");
		}
		if (base.length() < 2) {
			base = "template" + (base.isEmpty() ? "" : "-" + base);
		}
		String id = base;
		for (int suffix = 2; taken.contains(id); suffix++) {
			id = base + "-" + suffix;
		}
		return id;
	}

}
