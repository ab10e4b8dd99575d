package org.candour.definition.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import org.candour.definition.ConfigDocument;

/**
 * A list of codes (outcomes, channels, service areas…) with their labels.
 *
 * @param id id of the document
 * @param values the codes in document order, retired ones included
 */
public record CodeList(String id, List<Code> values) {

	public CodeList {
		values = List.copyOf(values);
	}

	/**
	 * One code.
	 *
	 * @param code the stored value
	 * @param label words shown (text or per-language object)
	 * @param description longer explanation; {@code null} when not given
	 * @param group grouping heading; {@code null} when not given
	 * @param retired whether it is no longer offered for new answers
	 */
	public record Code(String code, JsonNode label, JsonNode description, String group, boolean retired) {
	}

	public Optional<Code> code(String code) {
		return this.values.stream().filter(value -> value.code().equals(code)).findFirst();
	}

	/** The codes still offered for new answers. */
	public List<Code> current() {
		return this.values.stream().filter(value -> !value.retired()).toList();
	}

	public static CodeList read(ConfigDocument document) {
		List<Code> values = new ArrayList<>();
		document.spec()
			.path("values")
			.forEach(value -> values.add(new Code(value.path("code").asString(""), Json.node(value, "label"),
					Json.node(value, "description"), Json.text(value, "group"),
					value.path("retired").asBoolean(false))));
		return new CodeList(document.id(), values);
	}

}
