package org.candour.web.officer.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.candour.api.EndpointRoles;
import org.candour.cases.CaseConfiguration;
import org.candour.security.Memberships;
import org.candour.web.officer.OrgUnits;
import org.candour.web.resident.Choice;
import org.candour.web.resident.Question;
import org.candour.workflow.Effect;
import org.candour.workflow.Transition;

import org.springframework.stereotype.Component;

/**
 * An action's input form for officers. An input that an {@code assign} effect gives the
 * case to, and that configuration leaves without choices, offers the tenant's case
 * workers (officer) or its org units (team).
 */
@Component
class ActionInputs {

	private static final List<String> CASE_WORKERS = List.of(EndpointRoles.OFFICER, EndpointRoles.MANAGER,
			EndpointRoles.INVESTIGATOR);

	private final CaseForms forms;

	private final Memberships memberships;

	ActionInputs(CaseForms forms, Memberships memberships) {
		this.forms = forms;
		this.memberships = memberships;
	}

	InputForm of(OpenCase open, Transition transition, String prefix) {
		return of(open.configuration(), open.orgUnits(), transition, prefix, open.locale());
	}

	InputForm of(CaseConfiguration configuration, OrgUnits orgUnits, Transition transition, String prefix,
			Locale locale) {
		var form = this.forms.actionForm(configuration, transition, locale);
		List<Question> questions = new ArrayList<>();
		for (Question question : form.questions()) {
			questions.add(withChoices(question, assignedTo(transition, question.name()), orgUnits));
		}
		return new InputForm(form, questions, prefix);
	}

	/**
	 * {@code officer} or {@code team} when an effect assigns the case from this input.
	 */
	static String assignedTo(Transition transition, String input) {
		for (Effect effect : transition.effects()) {
			if (effect instanceof Effect.Assign assign && ("/inputs/" + input).equals(assign.source())) {
				return assign.to();
			}
		}
		return null;
	}

	private Question withChoices(Question question, String assigned, OrgUnits orgUnits) {
		if (assigned == null || !question.choices().isEmpty()) {
			return question;
		}
		List<Choice> choices = new ArrayList<>();
		if ("officer".equals(assigned)) {
			this.memberships.list()
				.stream()
				.filter(member -> member.roles().stream().anyMatch(CASE_WORKERS::contains))
				.forEach(member -> choices.add(new Choice(member.user(), member.user())));
		}
		else {
			orgUnits.all().forEach(unit -> choices.add(new Choice(unit.id(), unit.name())));
		}
		String kind = choices.isEmpty() ? "text" : "select";
		return new Question(question.name(), kind, question.label(), question.hint(), question.required(),
				question.maxLength(), question.characterCount(), question.autocomplete(), choices, question.parts(),
				question.rules());
	}

}
