package org.candour.web.officer.queues;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.util.MultiValueMap;

/**
 * The inputs of a bulk action as typed on its page, checked for what can be checked
 * before any case is touched (required inputs, numbers); each case's transition checks
 * the rest.
 */
final class BulkInputs {

	static final String PREFIX = "input-";

	private final Map<String, String> typed = new LinkedHashMap<>();

	private final ObjectNode inputs = JsonNodeFactory.instance.objectNode();

	private final List<FilterError> errors = new ArrayList<>();

	private BulkInputs(BulkActionView action, MultiValueMap<String, String> params, QueueMessages messages) {
		for (BulkField field : action.fields()) {
			String value = params.getFirst(PREFIX + field.name());
			value = value == null ? "" : value.trim();
			this.typed.put(field.name(), value);
			if (value.isEmpty()) {
				if (field.required()) {
					this.errors.add(error(field, messages.text(BulkField.SELECT.equals(field.kind())
							? "queues.bulk.error.choose" : "queues.bulk.error.enter", field.label())));
				}
			}
			else if (BulkField.NUMBER.equals(field.kind())) {
				try {
					if (value.matches("-?\\d{1,15}")) {
						this.inputs.put(field.name(), Long.parseLong(value));
					}
					else {
						this.inputs.put(field.name(), new BigDecimal(value));
					}
				}
				catch (NumberFormatException ex) {
					this.errors.add(error(field, messages.text("queues.bulk.error.number", field.label())));
				}
			}
			else if (isBoolean(field)) {
				this.inputs.put(field.name(), Boolean.parseBoolean(value));
			}
			else {
				this.inputs.put(field.name(), value);
			}
		}
	}

	static BulkInputs read(BulkActionView action, MultiValueMap<String, String> params, QueueMessages messages) {
		return new BulkInputs(action, params, messages);
	}

	private static boolean isBoolean(BulkField field) {
		return field.options().size() == 2 && "true".equals(field.options().get(0).value())
				&& "false".equals(field.options().get(1).value());
	}

	private static FilterError error(BulkField field, String message) {
		return new FilterError(field.name(), "#" + field.id(), message);
	}

	Map<String, String> typed() {
		return this.typed;
	}

	ObjectNode inputs() {
		return this.inputs;
	}

	List<FilterError> errors() {
		return this.errors;
	}

}
