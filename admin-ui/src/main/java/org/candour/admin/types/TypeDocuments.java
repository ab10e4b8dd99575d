package org.candour.admin.types;

import java.util.List;

import org.candour.definition.ConfigDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes feedback-type documents as a pack author would by hand: a new type, a type's
 * details changed (everything else it says kept), a copy of a type, form or workflow
 * under a new id.
 */
final class TypeDocuments {

	private TypeDocuments() {
	}

	static ObjectNode newType(String id, TypeForm form, String formId, String workflowId) {
		ObjectNode content = JsonNodeFactory.instance.objectNode();
		content.put("kind", "feedback-type");
		content.put("id", id);
		ObjectNode spec = content.putObject("spec");
		spec.put("form", formId);
		spec.put("workflow", workflowId);
		return withDetails(content, form);
	}

	/** The document with the form's details; what the form does not show is kept. */
	static ObjectNode withDetails(ObjectNode written, TypeForm form) {
		ObjectNode content = written.deepCopy();
		ObjectNode ordered = JsonNodeFactory.instance.objectNode();
		ordered.put("kind", content.path("kind").asString());
		ordered.put("id", content.path("id").asString());
		ordered.set("title", english(content.get("title"), form.trimmedTitle()));
		String description = form.description() == null ? "" : form.description().trim();
		if (!description.isEmpty()) {
			ordered.set("description", english(content.get("description"), description));
		}
		content.properties().forEach(entry -> {
			if (!ordered.has(entry.getKey()) && !entry.getKey().equals("description")) {
				ordered.set(entry.getKey(), entry.getValue());
			}
		});
		ObjectNode spec = ordered.withObject("/spec");
		spec.put("category", form.category());
		spec.put("public", "public".equals(form.audience()));
		set(spec, "referencePrefix", form.prefix());
		set(spec, "acknowledgementTemplate", form.acknowledgementTemplate());
		Integer retention = form.retention();
		if (retention != null) {
			ObjectNode protection = spec.withObject("/dataProtection");
			protection.put("retentionMonths", retention);
			defaulted(protection, "retentionFrom", form.retentionFrom(), "closure");
			defaulted(protection, "disposal", form.disposal(), "anonymise");
		}
		else if (spec.path("dataProtection").isObject()) {
			((ObjectNode) spec.get("dataProtection")).remove(List.of("retentionMonths", "retentionFrom", "disposal"));
			if (spec.get("dataProtection").isEmpty()) {
				spec.remove("dataProtection");
			}
		}
		return ordered;
	}

	static ObjectNode retired(ObjectNode written, boolean retired) {
		ObjectNode content = written.deepCopy();
		ObjectNode spec = content.withObject("/spec");
		if (retired) {
			spec.put("retired", true);
		}
		else {
			spec.remove("retired");
		}
		return content;
	}

	/** A copy of a document under a new id and title. */
	static ObjectNode copy(ConfigDocument original, String id, String title) {
		ObjectNode content = original.content().deepCopy();
		content.put("id", id);
		content.put("title", title);
		return content;
	}

	/**
	 * A copy of a type with a new id, title and reference prefix, using the given form
	 * and workflow.
	 */
	static ObjectNode copyType(ConfigDocument original, String id, String title, String prefix, String formId,
			String workflowId) {
		ObjectNode content = copy(original, id, title);
		ObjectNode spec = content.withObject("/spec");
		set(spec, "referencePrefix", prefix);
		spec.put("form", formId);
		spec.put("workflow", workflowId);
		spec.remove("retired");
		return content;
	}

	/**
	 * The English of a text changed: a plain string stays one; translations keep their
	 * other languages.
	 */
	private static JsonNode english(JsonNode written, String english) {
		if (written != null && written.isObject()) {
			ObjectNode translations = ((ObjectNode) written).deepCopy();
			translations.put("en", english);
			return translations;
		}
		return JsonNodeFactory.instance.stringNode(english);
	}

	private static void set(ObjectNode spec, String field, String value) {
		if (value == null || value.isBlank()) {
			spec.remove(field);
		}
		else {
			spec.put(field, value.trim());
		}
	}

	/**
	 * Writes a choice that is not the meta-schema's default; leaves out the default
	 * unless the document already spells it out.
	 */
	private static void defaulted(ObjectNode protection, String field, String value, String byDefault) {
		if (value == null || value.isBlank()) {
			return;
		}
		if (!value.equals(byDefault) || protection.has(field)) {
			protection.put(field, value);
		}
	}

}
