package org.candour.web.forms;

import java.util.List;

import org.candour.attachments.UploadPolicy;

/**
 * One question of a form, in the reader's language.
 *
 * @param name the top-level property of the form data
 * @param kind the field fragment that renders it ({@code text}, {@code textarea},
 * {@code number}, {@code date}, {@code email}, {@code phone}, {@code address},
 * {@code select}, {@code radios}, {@code checkboxes}, {@code yes-no}, {@code file})
 * @param label the question
 * @param hint help text, or null
 * @param required whether the form schema requires it
 * @param maxLength the character limit, or null
 * @param characterCount whether to show a character count
 * @param autocomplete the autocomplete token, or null
 * @param choices the answers to pick from (choice kinds)
 * @param parts the lines of an address
 * @param rules when the question applies (all must hold)
 * @param upload what may be uploaded ({@code file} kind), else null
 * @param shown its help, hidden label and group legend
 */
public record Question(String name, String kind, String label, String hint, boolean required, Integer maxLength,
		boolean characterCount, String autocomplete, List<Choice> choices, List<Question> parts, List<Rule> rules,
		UploadPolicy upload, Shown shown) {

	public Question(String name, String kind, String label, String hint, boolean required, Integer maxLength,
			boolean characterCount, String autocomplete, List<Choice> choices, List<Question> parts, List<Rule> rules,
			UploadPolicy upload) {
		this(name, kind, label, hint, required, maxLength, characterCount, autocomplete, choices, parts, rules, upload,
				Shown.PLAIN);
	}

	public Question(String name, String kind, String label, String hint, boolean required, Integer maxLength,
			boolean characterCount, String autocomplete, List<Choice> choices, List<Question> parts, List<Rule> rules) {
		this(name, kind, label, hint, required, maxLength, characterCount, autocomplete, choices, parts, rules, null);
	}

	/**
	 * How a question is shown beyond its label and hint.
	 *
	 * @param help the text of its "Help with this question" details, or null
	 * @param labelHidden whether its label is for screen readers only
	 * @param group the group (fieldset) it is asked in, or null
	 * @param legend that group's legend
	 */
	public record Shown(String help, boolean labelHidden, String group, String legend) {

		public static final Shown PLAIN = new Shown(null, false, null, null);

	}

	/** The text of its "Help with this question" details, or null. */
	public String help() {
		return this.shown.help();
	}

	public boolean labelHidden() {
		return this.shown.labelHidden();
	}

	/**
	 * A question in the form of a question ("Which service…?") reads badly in "Enter …".
	 */
	public boolean asked() {
		return this.label.trim().endsWith("?");
	}

	public boolean choosing() {
		return List.of("select", "radios", "checkboxes", "yes-no").contains(this.kind);
	}

	public String id() {
		return "date".equals(this.kind) ? this.name + "-day" : "address".equals(this.kind) && !this.parts.isEmpty()
				? this.name + "." + this.parts.get(0).name() : this.name;
	}

}
