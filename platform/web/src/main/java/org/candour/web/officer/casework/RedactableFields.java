package org.candour.web.officer.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.candour.cases.CaseRedactions;
import org.candour.web.forms.AnswerSummary;
import org.candour.web.forms.Question;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * The form answers of a case that can still be redacted: every text value of its data (an
 * address line by line), labelled by its question, not yet {@value CaseRedactions#MARK}.
 * The people part is not among them: redaction reaches only the case's data (a person's
 * details go with erasure).
 */
@Component
class RedactableFields {

	/** How much of a long answer the page shows. */
	private static final int SHOWN = 300;

	private final AnswerSummary summary;

	RedactableFields(AnswerSummary summary) {
		this.summary = summary;
	}

	List<RedactableField> of(OpenCase open) {
		ObjectNode data = open.feedbackCase().current().data();
		List<RedactableField> fields = new ArrayList<>();
		Stream.concat(open.form().form().questions().stream(), open.form().recorded().questions().stream())
			.forEach(question -> {
				JsonNode value = data.get(question.name());
				String pointer = "/data/" + escaped(question.name());
				if (question.choosing()) {
					return;
				}
				if (redactable(value)) {
					fields.add(field(fields, pointer, question.label(),
							this.summary.text(question, value, open.locale())));
				}
				else if (value != null && value.isObject()) {
					for (Question part : question.parts()) {
						JsonNode line = value.get(part.name());
						if (redactable(line)) {
							fields.add(field(fields, pointer + "/" + escaped(part.name()),
									question.label() + ": " + part.label(), line.asString()));
						}
					}
				}
			});
		return fields;
	}

	/** The field at {@code pointer}, if it is one that can be redacted. */
	Optional<RedactableField> at(OpenCase open, String pointer) {
		return of(open).stream().filter(field -> field.pointer().equals(pointer)).findFirst();
	}

	private static boolean redactable(JsonNode value) {
		return value != null && value.isString() && !value.asString().isBlank()
				&& !CaseRedactions.MARK.equals(value.asString());
	}

	private static RedactableField field(List<RedactableField> before, String pointer, String label, String value) {
		String id = before.isEmpty() ? "pointer" : "pointer-" + (before.size() + 1);
		String shown = value.length() > SHOWN ? value.substring(0, SHOWN - 1) + "…" : value;
		return new RedactableField(id, pointer, label, shown);
	}

	private static String escaped(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}

	/**
	 * One answer offered for redaction.
	 *
	 * @param id the id of its radio (the first is {@code pointer}, where errors link)
	 * @param pointer the JSON pointer redaction takes ({@code /data/details})
	 * @param label its question
	 * @param value the answer as the case screen shows it (cut short when long)
	 */
	record RedactableField(String id, String pointer, String label, String value) {
	}

}
