package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A question's data field and what the form keeps about it beside its control: its schema
 * property, whether it is required, its messages, whether it is a contact detail.
 */
final class Fields {

	private final ObjectNode spec;

	private final DraftLibrary library;

	Fields(ObjectNode spec, DraftLibrary library) {
		this.spec = spec;
		this.library = library;
	}

	ObjectNode properties() {
		return (ObjectNode) this.spec.path("schema").path("properties");
	}

	boolean has(String name) {
		return properties().has(name);
	}

	/** Every name the form's data uses or may use, so a new one is not among them. */
	Set<String> taken() {
		Set<String> taken = new HashSet<>(properties().propertyNames());
		taken.addAll(FormReading.people(this.spec));
		taken.addAll(this.library.fieldsetProperties(this.spec.path("schema")));
		this.spec.path("messages").propertyNames().forEach(pointer -> taken.add(pointer.substring(1).split("/")[0]));
		Layout.controls(this.spec).forEach(placement -> taken.add(placement.name()));
		return taken;
	}

	/** A new field name for a question labelled {@code label}. */
	String newName(Text label) {
		return Names.field(label.english(), taken());
	}

	/** Adds {@code to} as a copy of {@code from}: property, required, messages. */
	void copy(String from, String to) {
		properties().set(to, properties().path(from).deepCopy());
		if (required(from)) {
			QuestionWriter.required(this.spec, to, true);
		}
		if (this.spec.get("messages") instanceof ObjectNode messages) {
			List<String> pointers = new ArrayList<>(messages.propertyNames());
			for (String pointer : pointers) {
				if (pointer.equals("/" + from) || pointer.startsWith("/" + from + "/")) {
					messages.set("/" + to + pointer.substring(from.length() + 1), messages.get(pointer).deepCopy());
				}
			}
		}
	}

	/** Removes the fields: property, required, messages, contact detail. */
	void remove(Set<String> names) {
		names.forEach(name -> {
			properties().remove(name);
			QuestionWriter.required(this.spec, name, false);
		});
		removeMessages(names);
		if (this.spec.get("people") instanceof ArrayNode people) {
			for (int i = people.size() - 1; i >= 0; i--) {
				if (names.contains(people.get(i).asString(""))) {
					people.remove(i);
				}
			}
		}
	}

	/** Removes the fields' own messages. */
	void removeMessages(Set<String> names) {
		if (this.spec.get("messages") instanceof ObjectNode messages) {
			new ArrayList<>(messages.propertyNames()).forEach(pointer -> {
				if (names.contains(pointer.substring(1).split("/")[0])) {
					messages.remove(pointer);
				}
			});
		}
	}

	private boolean required(String name) {
		for (JsonNode field : this.spec.path("schema").path("required")) {
			if (name.equals(field.asString(""))) {
				return true;
			}
		}
		return false;
	}

}
