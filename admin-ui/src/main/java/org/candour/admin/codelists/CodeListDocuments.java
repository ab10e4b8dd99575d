package org.candour.admin.codelists;

import org.candour.admin.TranslatedTexts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a code list's values as a pack author would by hand: a value added at the end, a
 * value's labels or retirement changed (what the page does not show kept), a value
 * deleted.
 */
final class CodeListDocuments {

	private CodeListDocuments() {
	}

	static ObjectNode withNewValue(ObjectNode written, ValueForm form, boolean welsh) {
		ObjectNode content = written.deepCopy();
		ObjectNode value = values(content).addObject();
		value.put("code", form.code());
		value.set("label", TranslatedTexts.with(null, form.labelEn(), form.labelCy(), welsh));
		return content;
	}

	static ObjectNode withChangedValue(ObjectNode written, String code, ValueForm form, boolean welsh) {
		ObjectNode content = written.deepCopy();
		for (JsonNode each : values(content)) {
			if (code.equals(each.path("code").asString(null))) {
				ObjectNode value = (ObjectNode) each;
				value.set("label", TranslatedTexts.with(value.get("label"), form.labelEn(), form.labelCy(), welsh));
				if (form.isRetired()) {
					value.put("retired", true);
				}
				else {
					value.remove("retired");
				}
			}
		}
		return content;
	}

	static ObjectNode withoutValue(ObjectNode written, String code) {
		ObjectNode content = written.deepCopy();
		ArrayNode values = values(content);
		for (int i = values.size() - 1; i >= 0; i--) {
			if (code.equals(values.get(i).path("code").asString(null))) {
				values.remove(i);
			}
		}
		return content;
	}

	private static ArrayNode values(ObjectNode content) {
		return content.withObject("/spec").withArray("values");
	}

}
