package org.candour.web.forms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Answers as they are read back (check your answers, the case screen): choice labels,
 * dates in words, yes or no.
 */
@Component
public class AnswerSummary {

	private final MessageSource messages;

	AnswerSummary(MessageSource messages) {
		this.messages = messages;
	}

	public String text(Question question, JsonNode answer, Locale locale) {
		if (answer == null || answer.isNull()) {
			return "";
		}
		switch (question.kind()) {
			case "yes-no":
				return this.messages.getMessage(answer.asBoolean() ? "resident.yes" : "resident.no", null, locale);
			case "date":
				try {
					return LocalDate.parse(answer.asString())
						.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
				}
				catch (DateTimeParseException ex) {
					return answer.asString();
				}
			case "address":
				List<String> lines = new ArrayList<>();
				question.parts().forEach(part -> {
					String line = answer.path(part.name()).asString("");
					if (!line.isBlank()) {
						lines.add(line);
					}
				});
				return String.join(", ", lines);
			case "checkboxes":
				List<String> picked = new ArrayList<>();
				answer.forEach(value -> picked.add(label(question, value.asString())));
				return String.join(", ", picked);
			case "select":
			case "radios":
				return label(question, answer.asString());
			case "file":
				return String.join(", ", answer.findValuesAsString("name"));
			default:
				return answer.asString();
		}
	}

	private static String label(Question question, String value) {
		return question.choices()
			.stream()
			.filter(choice -> choice.value().equals(value))
			.map(Choice::label)
			.findFirst()
			.orElse(value);
	}

}
