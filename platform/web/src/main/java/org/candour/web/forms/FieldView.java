package org.candour.web.forms;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * What a field fragment needs: the question, the answer given so far, the error, if any,
 * in plain words, and the questions revealed by one of its options (GOV.UK conditional
 * reveal).
 */
public record FieldView(Question question, JsonNode answer, FieldError error, List<Conditional> conditionals) {

	public FieldView(Question question, JsonNode answer, FieldError error) {
		this(question, answer, error, new ArrayList<>());
	}

	/** The questions shown under the option {@code value}, or null. */
	public Conditional conditional(String value) {
		return this.conditionals.stream().filter(c -> c.value().equals(value)).findFirst().orElse(null);
	}

	/** Questions that apply only when {@code value} is picked; shown with it. */
	public record Conditional(String value, String id, List<FieldView> fields) {

	}

	public String value() {
		return this.answer == null || this.answer.isNull() || this.answer.isContainer() ? "" : this.answer.asString();
	}

	public boolean checked(String choice) {
		if (this.answer == null) {
			return false;
		}
		if (this.answer.isArray()) {
			for (JsonNode picked : this.answer) {
				if (picked.asString().equals(choice)) {
					return true;
				}
			}
			return false;
		}
		return this.answer.asString().equals(choice);
	}

	/** The files given so far (file kind): each {@code {id, name, contentType, size}}. */
	public List<JsonNode> files() {
		List<JsonNode> files = new ArrayList<>();
		if (this.answer != null && this.answer.isArray()) {
			this.answer.forEach(files::add);
		}
		return files;
	}

	public String part(String name) {
		return this.answer == null ? "" : this.answer.path(name).asString("");
	}

	public String day() {
		return Answers.dateParts(this.answer)[0];
	}

	public String month() {
		return Answers.dateParts(this.answer)[1];
	}

	public String year() {
		return Answers.dateParts(this.answer)[2];
	}

	public boolean failed() {
		return this.error != null;
	}

	public boolean failed(String part) {
		return this.error != null && (this.error.part() == null || this.error.part().equals(part));
	}

	/** The ids that describe the input: hint, character count, error. */
	public String describedBy() {
		List<String> ids = new ArrayList<>();
		String name = this.question.name();
		if (this.question.hint() != null) {
			ids.add(name + "-hint");
		}
		if (this.question.characterCount() && this.question.maxLength() != null) {
			ids.add(name + "-info");
		}
		if (this.error != null) {
			ids.add(name + "-error");
		}
		return ids.isEmpty() ? null : String.join(" ", ids);
	}

}
