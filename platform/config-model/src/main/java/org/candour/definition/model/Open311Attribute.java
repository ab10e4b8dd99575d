package org.candour.definition.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One attribute of an Open311 service definition: a question of the form.
 *
 * @param code the question's name ({@code attribute[code]} in a request)
 * @param datatype {@code string}, {@code text}, {@code number}, {@code singlevaluelist}
 * or {@code multivaluelist}
 * @param required whether the form's schema requires it
 * @param description the question's English label
 * @param order its place, from 1
 * @param values the answers to pick from (list datatypes)
 */
public record Open311Attribute(String code, String datatype, boolean required, String description, int order,
		List<Value> values) {

	/** The datatype of each question kind that can be an attribute. */
	public static final Map<String, String> DATATYPES = Map.of("text", "string", "email", "string", "phone", "string",
			"textarea", "text", "number", "number", "select", "singlevaluelist", "radios", "singlevaluelist",
			"checkboxes", "multivaluelist");

	public Open311Attribute {
		values = List.copyOf(values);
	}

	/** Whether an answer is a list of values. */
	public boolean multiple() {
		return "multivaluelist".equals(this.datatype);
	}

	public boolean numeric() {
		return "number".equals(this.datatype);
	}

	static Optional<Open311Attribute> of(FormQuestion question, int order) {
		if (question == null || !DATATYPES.containsKey(question.kind())) {
			return Optional.empty();
		}
		String label = Open311Offer.english(question.label());
		List<Value> values = question.choices()
			.stream()
			.map(choice -> new Value(choice.value(),
					choice.label() != null ? Open311Offer.english(choice.label()) : choice.value()))
			.toList();
		return Optional.of(new Open311Attribute(question.name(), DATATYPES.get(question.kind()), question.required(),
				label != null ? label : question.name(), order, values));
	}

	/** An answer to pick: its stored key and its English name. */
	public record Value(String key, String name) {
	}

}
