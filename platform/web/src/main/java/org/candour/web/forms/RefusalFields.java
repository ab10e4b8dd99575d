package org.candour.web.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.candour.api.ApiError;
import org.candour.api.Refusal;

import org.springframework.stereotype.Component;

/**
 * The engine's refusal of what a form sent, as the form's problems: each broken rule
 * ({@link Refusal#violations()}) whose pointer is into the form's answers is put on its
 * question in the words {@link AnswerCheck} gives for the same problem (the form's
 * configured message, else the standard one), so a page says the same whether it or the
 * engine found the problem; every other one is placed where the page says, in the
 * engine's words.
 */
@Component
public class RefusalFields {

	private final AnswerCheck check;

	RefusalFields(AnswerCheck check) {
		this.check = check;
	}

	/** The problems of a refusal: see {@link #of(List, Asked, Locale, Elsewhere)}. */
	public List<FieldError> of(Refusal refusal, Asked asked, Locale locale, Elsewhere elsewhere) {
		return of(refusal.violations(), asked, locale, elsewhere);
	}

	/**
	 * The problems, in the violations' order: one on its question for each violation into
	 * the answers that one of the questions asks, one where {@code elsewhere} places it
	 * for each other violation (left out when it places it nowhere).
	 */
	public List<FieldError> of(List<ApiError> violations, Asked asked, Locale locale, Elsewhere elsewhere) {
		List<FieldError> problems = new ArrayList<>();
		for (ApiError violation : violations) {
			FieldError problem = explain(violation, asked, locale);
			if (problem == null) {
				problem = elsewhere.place(violation, problems.size());
			}
			if (problem != null) {
				problems.add(problem);
			}
		}
		return problems;
	}

	private FieldError explain(ApiError violation, Asked asked, Locale locale) {
		String pointer = violation.pointer() == null ? "" : violation.pointer();
		if (!pointer.startsWith(asked.pointer() + "/")) {
			return null;
		}
		String code = violation.code() == null ? "" : violation.code();
		FieldError explained = this.check.explain(asked.form(), asked.questions(),
				pointer.substring(asked.pointer().length()), code.substring(code.lastIndexOf('.') + 1), locale);
		return explained == null ? null : asked.named(explained);
	}

	/**
	 * The questions of a form whose answers a command carries, as a page names them.
	 *
	 * @param pointer where the answers are in the command ({@code /data},
	 * {@code /inputs}, {@code /allocation})
	 * @param form the form (its messages and rules word the problems)
	 * @param questions the questions the page asks
	 * @param prefix put before every field name on the page ({@code ""} for none)
	 */
	public record Asked(String pointer, FormPages form, List<Question> questions, String prefix) {

		public Asked(String pointer, FormPages form, List<Question> questions) {
			this(pointer, form, questions, "");
		}

		/** A problem with one of the questions, under the name the page gives it. */
		public FieldError named(FieldError error) {
			return this.prefix.isEmpty() ? error : new FieldError(this.prefix + error.field(), error.part(),
					this.prefix + error.anchor(), error.message());
		}

	}

	/** Where a page shows a broken rule that is about none of its questions. */
	@FunctionalInterface
	public interface Elsewhere {

		/** Leaves such rules out. */
		Elsewhere NOWHERE = (violation, index) -> null;

		/**
		 * @param violation the broken rule, in the engine's words
		 * @param index how many problems are listed before it
		 * @return the problem to list, or null to leave it out
		 */
		FieldError place(ApiError violation, int index);

		/**
		 * Listed with a link to {@code anchor}, each under a name of its own
		 * ({@code name} and its index).
		 */
		static Elsewhere at(String name, String anchor) {
			return (violation, index) -> new FieldError(name + "-" + index, null, anchor, violation.message());
		}

	}

}
