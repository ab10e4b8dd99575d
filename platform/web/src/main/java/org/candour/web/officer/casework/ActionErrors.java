package org.candour.web.officer.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.candour.api.ApiError;
import org.candour.web.resident.AnswerCheck;
import org.candour.web.resident.FieldError;
import org.candour.definition.model.Effect;
import org.candour.definition.model.Transition;

/**
 * The engine's refusal of an action (input problems, failed guard rules) as a list of
 * what is missing, in the workflow's words, each linked to the field that supplies it:
 * the action's input that a {@code set} effect copies there, else the case's form data on
 * the case screen, else the case summary.
 */
final class ActionErrors {

	private ActionErrors() {
	}

	static List<FieldError> of(List<ApiError> errors, InputForm form, Transition transition, OpenCase open,
			AnswerCheck check, Locale locale) {
		List<FieldError> explained = new ArrayList<>();
		int unplaced = 0;
		for (ApiError error : errors) {
			FieldError field = null;
			if (error.pointer().startsWith("/inputs/")) {
				field = form.explain(error, error.pointer().substring("/inputs".length()), check, locale);
			}
			else {
				String input = inputFor(transition, error.pointer());
				field = input == null ? null : form.on(input, error.message());
				if (field == null && error.pointer().startsWith("/data/")) {
					String name = error.pointer().substring("/data/".length()).split("/")[0];
					field = new FieldError("guard-" + unplaced++, null, open.screenUrl() + "#data-" + name,
							error.message());
				}
			}
			explained.add(field != null ? field
					: new FieldError("guard-" + unplaced++, null, "case-summary", error.message()));
		}
		return explained;
	}

	/**
	 * The input a {@code set} effect copies to {@code pointer} (or to a parent of it).
	 */
	static String inputFor(Transition transition, String pointer) {
		for (Effect effect : transition.effects()) {
			if (effect instanceof Effect.Set set && set.target() != null && set.source() != null
					&& set.source().startsWith("/inputs/")
					&& (pointer.equals(set.target()) || pointer.startsWith(set.target() + "/"))) {
				return set.source().substring("/inputs/".length()).split("/")[0];
			}
		}
		return null;
	}

}
