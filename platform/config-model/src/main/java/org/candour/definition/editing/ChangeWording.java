package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.candour.definition.ConfigDocument;
import org.candour.definition.JsonPatchDiff;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What changed between two sets of configuration documents, document by document, in
 * sentences an administrator understands ("Question 'Which service?' added to page 2",
 * "Subject of 'Stage 1 acknowledgement' changed", "Clock 'Stage 1 response due' 10 → 15
 * working days"), each with its JSON Patch for "Details".
 * <p>
 * Both sets must be written the same way. Compared as written (two drafts, lean or
 * canonical), the sentences speak of what the administrator edited: a change to a shared
 * code list or fieldset is told once, at that document. A published version keeps only
 * canonical documents, so to compare a draft with the live version normalise the draft
 * first ({@code Normaliser}); a lean set compared with its own canonical form would
 * report the expansion itself (fieldset questions added, role sets replaced by roles) as
 * changes.
 * <p>
 * Feedback types, forms, notification templates, workflows, code lists, branding, reports
 * and org structures are described field by field; a change it does not recognise is
 * named by its field ({@code 'referenceFormat' changed}). Texts are quoted in English;
 * other languages are named ("Welsh body of … changed"). Sentences never contain JSON.
 */
public final class ChangeWording {

	private static final Set<String> DOCUMENT_FIELDS = Set.of("kind", "id", "title", "description", "spec");

	private ChangeWording() {
	}

	/**
	 * The documents that differ, in the order of their {@code kind/id} (as the engine's
	 * version diff lists them).
	 */
	public static List<DocumentChanges> between(List<ConfigDocument> before, List<ConfigDocument> after) {
		Map<String, ConfigDocument> old = byKey(before);
		Map<String, ConfigDocument> now = byKey(after);
		Titles titles = new Titles(before, after);
		Map<String, DocumentChanges> changes = new TreeMap<>();
		now.forEach((key, document) -> {
			ConfigDocument was = old.get(key);
			if (was == null) {
				changes.put(key, new DocumentChanges(key, "added", List.of(named(document) + " added"),
						whole("add", document.content())));
			}
			else if (!was.content().equals(document.content())) {
				changes.put(key, new DocumentChanges(key, "changed", changed(was, document, titles),
						JsonPatchDiff.diff(was.content(), document.content())));
			}
		});
		old.forEach((key, document) -> {
			if (!now.containsKey(key)) {
				changes.put(key, new DocumentChanges(key, "removed", List.of(named(document) + " removed"),
						whole("remove", null)));
			}
		});
		return new ArrayList<>(changes.values());
	}

	private static List<String> changed(ConfigDocument before, ConfigDocument after, Titles titles) {
		Sentences out = new Sentences();
		String kind = Words.kind(after.kind());
		out.renamed(kind, "", before.title(), after.title());
		String name = name(after);
		out.text("description", kind.toLowerCase() + " " + name, before.content().get("description"),
				after.content().get("description"));
		out.otherFields(before.content(), after.content(), DOCUMENT_FIELDS, "");
		KindWording wording = wording(after.kind(), titles);
		JsonNode specBefore = object(before.spec());
		JsonNode specAfter = object(after.spec());
		wording.describe(name, specBefore, specAfter, out);
		out.otherFields(specBefore, specAfter, wording.fields(), "");
		if (out.isEmpty()) {
			out.add(named(after) + " changed");
		}
		return out.list();
	}

	private static KindWording wording(String kind, Titles titles) {
		return switch (kind) {
			case "feedback-type" -> new FeedbackTypeWording(titles);
			case "form" -> new FormWording();
			case "notification-template" -> new TemplateWording();
			case "workflow" -> new WorkflowWording();
			case "code-list" -> new CodeListWording();
			case "branding" -> new BrandingWording();
			case "report" -> new ReportWording();
			case "org-structure" -> new OrgStructureWording();
			default -> KindWording.NONE;
		};
	}

	/** "Feedback type 'Compliment'". */
	private static String named(ConfigDocument document) {
		return Words.kind(document.kind()) + " " + name(document);
	}

	private static String name(ConfigDocument document) {
		String title = Words.english(document.title());
		return Words.quoted((title == null) ? document.id() : title);
	}

	private static JsonNode object(JsonNode spec) {
		return spec.isObject() ? spec : JsonNodeFactory.instance.objectNode();
	}

	private static ArrayNode whole(String operation, JsonNode value) {
		ArrayNode patch = JsonNodeFactory.instance.arrayNode();
		ObjectNode op = patch.addObject();
		op.put("op", operation);
		op.put("path", "");
		if (value != null) {
			op.set("value", value.deepCopy());
		}
		return patch;
	}

	private static Map<String, ConfigDocument> byKey(List<ConfigDocument> documents) {
		Map<String, ConfigDocument> byKey = new TreeMap<>();
		documents.forEach(document -> byKey.put(document.key(), document));
		return byKey;
	}

}
