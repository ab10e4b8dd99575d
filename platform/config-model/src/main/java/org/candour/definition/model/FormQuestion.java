package org.candour.definition.model;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One question of a form, before it is put in the reader's language. Texts are text or
 * per-language objects; {@code null} when the form gives none.
 *
 * @param name the top-level property of the form data (or a part of an address)
 * @param kind the field that renders it ({@code text}, {@code textarea}, {@code number},
 * {@code date}, {@code email}, {@code phone}, {@code address}, {@code select},
 * {@code radios}, {@code checkboxes}, {@code yes-no}, {@code file})
 * @param label the control's label, else the property's title; {@code null}: the name
 * @param hint the control's hint (or help)
 * @param required whether the schema requires it
 * @param maxLength the character limit, or {@code null}
 * @param characterCount whether to show a character count
 * @param autocomplete the autocomplete token, or {@code null}
 * @param choices the answers to pick from (choice kinds)
 * @param parts the lines of an address
 * @param rules when the question applies (all must hold)
 * @param upload what a file question narrows the platform's upload limits to;
 * {@code null} for other kinds
 * @param shown how the question is shown beyond its label and hint
 */
public record FormQuestion(String name, String kind, JsonNode label, JsonNode hint, boolean required, Integer maxLength,
		boolean characterCount, String autocomplete, List<Choice> choices, List<FormQuestion> parts, List<Rule> rules,
		UploadLimits upload, Shown shown) {

	public FormQuestion {
		choices = List.copyOf(choices);
		parts = List.copyOf(parts);
		rules = List.copyOf(rules);
	}

	/**
	 * How a question is shown beyond its label and hint.
	 *
	 * @param help the control's {@code options.help} (an expandable "Help with this
	 * question"), or {@code null}
	 * @param labelHidden whether the control's {@code label} is {@code false}: the label
	 * is only for screen readers
	 * @param group the pointer of the innermost {@code Group} it is in, or {@code null}
	 * @param legend that group's label
	 */
	public record Shown(JsonNode help, boolean labelHidden, String group, JsonNode legend) {

		public static final Shown PLAIN = new Shown(null, false, null, null);

	}

	/**
	 * An answer to pick.
	 *
	 * @param value the stored value
	 * @param label its words ({@code choiceLabels}, else the option's title);
	 * {@code null}: the value in words
	 * @param hint when to pick it (the option's {@code description}, a code's guidance);
	 * {@code null} when none
	 */
	public record Choice(String value, JsonNode label, JsonNode hint) {

		public Choice(String value, JsonNode label) {
			this(value, label, null);
		}

	}

	/**
	 * A UI-hint rule: the element is shown only ({@code show}) or hidden when the value
	 * at {@code field} satisfies {@code schema}.
	 *
	 * @param field the tested value's path in the data: a top-level property
	 * ({@code contactedBefore}), a property inside one ({@code address/postcode}), or
	 * {@code ""} for the whole data
	 */
	public record Rule(boolean show, String field, JsonNode schema) {

		/** The tested value in {@code data}; {@code null} when not answered. */
		public JsonNode tested(JsonNode data) {
			return RuleScopes.at(data, this.field);
		}

	}

	/**
	 * What a file question allows, within the platform's limits.
	 *
	 * @param accept media types (wildcards such as {@code image/*} allowed); empty: the
	 * platform's
	 * @param maxFiles how many files; {@code null}: the platform's
	 * @param maxFileSizeKb largest file; {@code null}: the platform's
	 */
	public record UploadLimits(List<String> accept, Integer maxFiles, Long maxFileSizeKb) {

		public static final UploadLimits NONE = new UploadLimits(List.of(), null, null);

		public UploadLimits {
			accept = List.copyOf(accept);
		}

	}

}
