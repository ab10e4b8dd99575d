package org.candour.web.officer.casework;

import org.candour.api.ApiError;
import org.candour.definition.model.Effect;
import org.candour.definition.model.Transition;
import org.candour.web.forms.FieldError;
import org.candour.web.forms.RefusalFields;

/**
 * Where an action's page shows a broken rule that is about none of its inputs (a failed
 * guard rule), in the workflow's words: on the input that a {@code set} effect copies
 * there, else linked to the case's form data on the case screen, else to the case
 * summary.
 */
final class GuardPlaces implements RefusalFields.Elsewhere {

	private final InputForm form;

	private final Transition transition;

	private final OpenCase open;

	GuardPlaces(InputForm form, Transition transition, OpenCase open) {
		this.form = form;
		this.transition = transition;
		this.open = open;
	}

	@Override
	public FieldError place(ApiError violation, int index) {
		String input = inputFor(this.transition, violation.pointer());
		FieldError field = (input != null) ? this.form.on(input, violation.message()) : null;
		if (field != null) {
			return field;
		}
		if (violation.pointer().startsWith("/data/")) {
			String name = violation.pointer().substring("/data/".length()).split("/")[0];
			return new FieldError("guard-" + index, null, this.open.screenUrl() + "#data-" + name, violation.message());
		}
		return new FieldError("guard-" + index, null, "case-summary", violation.message());
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
