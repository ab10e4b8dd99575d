package org.candour.definition.editing;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** A notification template: subject and body per language, channel, Notify id. */
final class TemplateWording implements KindWording {

	private static final Set<String> FIELDS = Set.of("channel", "subject", "body", "notifyTemplateId", "placeholders");

	@Override
	public Set<String> fields() {
		return FIELDS;
	}

	@Override
	public void describe(String name, JsonNode before, JsonNode after, Sentences out) {
		if (!before.path("channel").equals(after.path("channel"))) {
			out.add(name + " is now sent by " + after.path("channel").asString("no channel") + " (was "
					+ before.path("channel").asString("no channel") + ")");
		}
		out.text("subject", name, before.get("subject"), after.get("subject"));
		out.text("body", name, before.get("body"), after.get("body"));
		out.presence("GOV.UK Notify template id of " + name, before.get("notifyTemplateId"),
				after.get("notifyTemplateId"));
		List<List<String>> placeholders = Sentences.addedAndRemoved(before.get("placeholders"),
				after.get("placeholders"));
		placeholders.get(0).forEach(used -> out.add("Placeholder " + Words.quoted(used) + " added to " + name));
		placeholders.get(1).forEach(used -> out.add("Placeholder " + Words.quoted(used) + " removed from " + name));
	}

}
