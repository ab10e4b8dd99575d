package org.candour.web.officer.casework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.candour.definition.model.Effect;
import org.candour.definition.model.Transition;
import org.candour.web.forms.AnswerSummary;
import org.candour.web.forms.FieldKinds;
import org.candour.web.forms.FormPage;
import org.candour.web.forms.Question;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * A case's values in words, labelled from configuration: form data by the form's pages
 * and questions, the outcome by the inputs of the actions that record it, contact details
 * by the form's contact questions.
 */
@Component
class CaseValues {

	private final AnswerSummary summary;

	private final CaseForms forms;

	CaseValues(AnswerSummary summary, CaseForms forms) {
		this.summary = summary;
		this.forms = forms;
	}

	List<CaseScreen.DataSection> sections(OpenCase open, boolean mayEdit) {
		ObjectNode data = open.feedbackCase().current().data();
		List<CaseScreen.DataSection> sections = new ArrayList<>();
		for (FormPage page : open.form().form().pages()) {
			sections.add(new CaseScreen.DataSection(page.number(), page.title(), rows(open, page.questions(), data),
					editUrl(open, mayEdit, String.valueOf(page.number()))));
		}
		return sections;
	}

	/**
	 * Every staff-only question with its value (null when not recorded), or null when the
	 * form has none.
	 */
	CaseScreen.RecordedSection recorded(OpenCase open, boolean mayEdit) {
		List<Question> questions = open.form().recorded().questions();
		if (questions.isEmpty()) {
			return null;
		}
		ObjectNode data = open.feedbackCase().current().data();
		List<CaseScreen.Row> rows = new ArrayList<>();
		for (Question question : questions) {
			JsonNode value = data.get(question.name());
			rows.add(new CaseScreen.Row("data-" + question.name(), question.label(),
					value == null || value.isNull() ? null : this.summary.text(question, value, open.locale())));
		}
		return new CaseScreen.RecordedSection(rows, editUrl(open, mayEdit, EditedSections.RECORDED));
	}

	/**
	 * Where to change a section ({@link EditedSections}) when the officer's roles may
	 * edit case data and the case is in a state that allows it and not closed.
	 */
	private static String editUrl(OpenCase open, boolean mayEdit, String section) {
		return mayEdit && open.editable() && !open.feedbackCase().current().stateCategory().equals("closed")
				? open.screenUrl() + "/edit/" + section : null;
	}

	List<CaseScreen.Row> contact(OpenCase open, ObjectNode contact) {
		List<CaseScreen.Row> rows = new ArrayList<>(rows(open, open.form().form().contact(), contact));
		contact.propertyNames().forEach(name -> {
			if (open.form().form().contact().stream().noneMatch(question -> question.name().equals(name))) {
				rows.add(new CaseScreen.Row("contact-" + name, FieldKinds.humanise(name), text(contact.get(name))));
			}
		});
		return rows;
	}

	List<CaseScreen.Row> outcome(OpenCase open) {
		Map<String, Question> questions = questionsSetting(open, "/outcome/");
		List<CaseScreen.Row> rows = new ArrayList<>();
		open.feedbackCase().current().outcome().properties().forEach(entry -> {
			if (entry.getValue() == null || entry.getValue().isNull()) {
				return;
			}
			Question question = questions.get(entry.getKey());
			rows.add(new CaseScreen.Row("outcome-" + entry.getKey(),
					question == null ? FieldKinds.humanise(spaced(entry.getKey())) : question.label(),
					question == null ? words(entry.getValue(), open.zone())
							: this.summary.text(question, entry.getValue(), open.locale())));
		});
		return rows;
	}

	/** A form data field's label, for the timeline. */
	String dataLabel(OpenCase open, String field) {
		return dataQuestion(open, field).map(Question::label).orElse(FieldKinds.humanise(field));
	}

	/** A form data value in words, for the timeline. */
	String dataText(OpenCase open, String field, JsonNode value) {
		Optional<Question> question = dataQuestion(open, field);
		if (value == null || value.isNull() || question.isEmpty()) {
			return words(value, open.zone());
		}
		return this.summary.text(question.get(), value, open.locale());
	}

	String outcomeLabel(OpenCase open, String field) {
		return settingLabel(open, "/outcome/", field);
	}

	String outcomeText(OpenCase open, String field, JsonNode value) {
		return settingText(open, "/outcome/", field, value);
	}

	/** A field actions record in the case's meta, labelled by the input that sets it. */
	String metaLabel(OpenCase open, String field) {
		return settingLabel(open, "/meta/", field);
	}

	String metaText(OpenCase open, String field, JsonNode value) {
		return settingText(open, "/meta/", field, value);
	}

	private String settingLabel(OpenCase open, String prefix, String field) {
		Question question = questionsSetting(open, prefix).get(field);
		return question == null ? FieldKinds.humanise(spaced(field)) : question.label();
	}

	private String settingText(OpenCase open, String prefix, String field, JsonNode value) {
		Question question = questionsSetting(open, prefix).get(field);
		return question == null || value == null || value.isNull() ? words(value, open.zone())
				: this.summary.text(question, value, open.locale());
	}

	/**
	 * Any JSON value in words: yes or no, dates and moments in words (in {@code zone}),
	 * codes such as {@code response-sent} as "Response sent", lists joined, an object's
	 * fields as "Risk category: Decision impact; Rationale: …".
	 */
	static String words(JsonNode value, java.time.ZoneId zone) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return "";
		}
		if (value.isBoolean()) {
			return value.asBoolean() ? "Yes" : "No";
		}
		if (value.isString()) {
			String string = value.asString();
			String date = CaseTime.words(string, zone);
			return date != null ? date
					: string.matches("[a-z0-9]+(-[a-z0-9]+)+") ? FieldKinds.humanise(string) : string;
		}
		if (value.isArray() && value.valueStream().allMatch(JsonNode::isValueNode)) {
			List<String> items = new ArrayList<>();
			value.forEach(item -> items.add(words(item, zone)));
			return String.join(", ", items);
		}
		if (value.isObject()) {
			List<String> fields = new ArrayList<>();
			value.properties().forEach(field -> {
				String words = words(field.getValue(), zone);
				if (!words.isEmpty()) {
					fields.add(FieldKinds.humanise(spaced(field.getKey())) + ": " + words);
				}
			});
			return String.join("; ", fields);
		}
		return text(value);
	}

	/** {@code closedAs} as "closed as", for {@link FieldKinds#humanise}. */
	private static String spaced(String field) {
		return field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
	}

	/** Any JSON value, briefly. */
	static String text(JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return "";
		}
		if (value.isValueNode()) {
			return value.asString();
		}
		String json = value.toString();
		return json.length() > 200 ? json.substring(0, 199) + "…" : json;
	}

	private List<CaseScreen.Row> rows(OpenCase open, List<Question> questions, ObjectNode values) {
		List<CaseScreen.Row> rows = new ArrayList<>();
		for (Question question : questions) {
			JsonNode value = values.get(question.name());
			if (value != null && !value.isNull()) {
				rows.add(new CaseScreen.Row("data-" + question.name(), question.label(),
						this.summary.text(question, value, open.locale())));
			}
		}
		return rows;
	}

	private Optional<Question> dataQuestion(OpenCase open, String field) {
		return java.util.stream.Stream
			.of(open.form().form().questions(), open.form().recorded().questions(), open.form().form().contact())
			.flatMap(List::stream)
			.filter(question -> question.name().equals(field))
			.findFirst();
	}

	/**
	 * Which action input records each field under {@code prefix} ({@code /outcome/},
	 * {@code /meta/}): the question of the input a {@code set} effect copies there.
	 */
	private Map<String, Question> questionsSetting(OpenCase open, String prefix) {
		Map<String, Question> questions = new LinkedHashMap<>();
		for (Transition transition : open.configuration().workflow().transitions()) {
			for (Effect effect : transition.effects()) {
				if (effect instanceof Effect.Set set && set.target() != null && set.target().startsWith(prefix)
						&& set.source() != null && set.source().startsWith("/inputs/")) {
					String field = set.target().substring(prefix.length());
					String input = set.source().substring("/inputs/".length());
					this.forms.actionForm(open.configuration(), transition, open.locale())
						.questions()
						.stream()
						.filter(question -> question.name().equals(input))
						.findFirst()
						.ifPresent(question -> questions.putIfAbsent(field, question));
				}
			}
		}
		return questions;
	}

}
