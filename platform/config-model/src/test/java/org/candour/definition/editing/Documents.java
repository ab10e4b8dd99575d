package org.candour.definition.editing;

import java.util.List;
import java.util.function.Consumer;

import org.candour.definition.ConfigDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Documents for the wording tests, written as JSON and edited in place. */
final class Documents {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Documents() {
	}

	static ObjectNode json(String json) {
		return (ObjectNode) JSON.readTree(json);
	}

	static JsonNode node(String json) {
		return JSON.readTree(json);
	}

	/** A copy of {@code document} changed by {@code edit}. */
	static ObjectNode edited(ObjectNode document, Consumer<ObjectNode> edit) {
		ObjectNode copy = document.deepCopy();
		edit.accept(copy);
		return copy;
	}

	static ObjectNode at(ObjectNode document, String pointer) {
		return (ObjectNode) document.at(pointer);
	}

	/** The sentences about the one document that changed. */
	static List<String> sentences(ObjectNode before, ObjectNode after) {
		List<DocumentChanges> changes = ChangeWording.between(List.of(ConfigDocument.of(before)),
				List.of(ConfigDocument.of(after)));
		if (changes.size() != 1) {
			throw new AssertionError("Expected one changed document, got " + changes);
		}
		return changes.get(0).sentences();
	}

	static ObjectNode form() {
		return json("""
				{"kind": "form", "id": "complaint-form", "title": "Make a complaint", "spec": {
				  "schema": {"type": "object", "required": ["name", "service"], "properties": {
				    "name": {"type": "string", "title": "Your name"},
				    "raisedBefore": {"type": "boolean", "title": "Have you told us before?"},
				    "service": {"title": "Which service?", "oneOf": [
				      {"const": "highways", "title": "Roads"}, {"const": "waste", "title": "Bins"}]},
				    "details": {"type": "string", "title": "What happened?", "maxLength": 5000},
				    "previousContact": {"type": "string", "title": "When did you tell us?"},
				    "handler": {"type": "string", "title": "Handled by"}}},
				  "uiSchema": {"type": "Categorization", "elements": [
				    {"type": "Category", "label": "About you", "elements": [
				      {"type": "Control", "scope": "#/properties/name"},
				      {"type": "Control", "scope": "#/properties/raisedBefore"}]},
				    {"type": "Category", "label": "Your complaint", "elements": [
				      {"type": "Label", "text": "Tell us what went wrong."},
				      {"type": "Control", "scope": "#/properties/service"},
				      {"type": "Control", "scope": "#/properties/details", "options": {"maxLength": 5000}},
				      {"type": "Control", "scope": "#/properties/previousContact"}]}]}}}
				""");
	}

}
