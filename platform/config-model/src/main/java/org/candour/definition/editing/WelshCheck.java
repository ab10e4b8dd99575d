package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The English texts of a form that residents see and that have no Welsh: the form's
 * title, page headings, guidance, questions' labels, hints and help, the labels of their
 * answers and the form's messages. Staff-only fields are left out (staff pages are
 * English only), as are the texts of fieldsets and code lists, which their own documents
 * translate.
 */
final class WelshCheck {

	private final DraftLibrary library;

	private final List<MissingWelsh> missing = new ArrayList<>();

	private WelshCheck(DraftLibrary library) {
		this.library = library;
	}

	static List<MissingWelsh> of(JsonNode form, DraftLibrary library) {
		return new WelshCheck(library).check(form);
	}

	private List<MissingWelsh> check(JsonNode form) {
		JsonNode spec = form.path("spec");
		text(form.path("title"), "/title", "Title of the form");
		element(spec, spec.path("uiSchema"), Layout.UI_POINTER);
		spec.path("messages").properties().forEach(field -> field.getValue().properties().forEach(message -> {
			String pointer = "/spec/messages/" + escape(field.getKey()) + "/" + message.getKey();
			text(message.getValue(), pointer, "Message (" + message.getKey() + ") for " + field.getKey());
		}));
		return List.copyOf(this.missing);
	}

	private void element(JsonNode spec, JsonNode element, String pointer) {
		String type = element.path("type").asString("");
		if ("Category".equals(type) || "Group".equals(type)) {
			text(element.path("label"), pointer + "/label", "Heading");
		}
		if ("Label".equals(type)) {
			text(element.path("text"), pointer + "/text", "Guidance");
		}
		String name = Layout.name(element);
		if (name != null && spec.path("schema").path("properties").has(name)) {
			question(spec, element, name, pointer);
		}
		for (int i = 0; i < element.path("elements").size(); i++) {
			element(spec, element.path("elements").get(i), pointer + "/elements/" + i);
		}
	}

	private void question(JsonNode spec, JsonNode control, String name, String pointer) {
		Text label = Text.read(Layout.label(spec, control, name));
		String of = "'" + label.english() + "'";
		text(Layout.label(spec, control, name), pointer + "/label", "Label of " + of);
		JsonNode options = control.path("options");
		text(options.path("hint"), pointer + "/options/hint", "Hint of " + of);
		text(options.path("help"), pointer + "/options/help", "Help of " + of);
		JsonNode property = spec.path("schema").path("properties").path(name);
		JsonNode choices = "array".equals(property.path("type").asString("")) ? property.path("items") : property;
		for (Option option : this.library.options(choices, options)) {
			if (option.label().welsh() == null) {
				this.missing.add(new MissingWelsh(pointer + "/options/choiceLabels/" + escape(option.value()),
						"Answer of " + of, option.label().english()));
			}
		}
	}

	private void text(JsonNode node, String pointer, String what) {
		Text text = Text.read(node);
		if (text != null && text.welsh() == null) {
			this.missing.add(new MissingWelsh(pointer, what, text.english()));
		}
	}

	private static String escape(String token) {
		return token.replace("~", "~0").replace("/", "~1");
	}

}
