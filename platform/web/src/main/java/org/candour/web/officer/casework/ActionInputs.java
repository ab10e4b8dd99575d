package org.candour.web.officer.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.candour.cases.CaseConfiguration;
import org.candour.cases.CaseState;
import org.candour.cases.CaseWorkers;
import org.candour.definition.model.Effect;
import org.candour.definition.model.Transition;
import org.candour.web.forms.Choice;
import org.candour.web.forms.Question;
import org.candour.web.officer.OrgUnits;
import org.candour.web.officer.PickLists;

import org.springframework.stereotype.Component;

/**
 * An action's input form for officers. An input that names a person or a team (its
 * control's {@code options.source}, or an {@code assign} effect giving the case to it),
 * and that configuration leaves without choices, offers the tenant's case workers or its
 * org units ({@link PickLists}); on a case, only the case workers who may be given it
 * (whose roles let them see it).
 */
@Component
class ActionInputs {

	private final CaseForms forms;

	private final PickLists pickLists;

	private final CaseWorkers workers;

	private final Clock clock;

	ActionInputs(CaseForms forms, PickLists pickLists, Optional<CaseWorkers> workers, Optional<Clock> clock) {
		this.forms = forms;
		this.pickLists = pickLists;
		this.workers = workers.orElse(CaseWorkers.ANYONE);
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * The form for one case: an input the guard will need is not marked optional (a
	 * {@code set} effect copies it to a place the guard may require and the case has
	 * nothing there yet).
	 */
	InputForm of(OpenCase open, Transition transition, String prefix) {
		CaseState now = open.feedbackCase().current();
		InputForm form = of(open.configuration(), open.orgUnits(), transition, prefix, open.locale(),
				LocalDate.ofInstant(this.clock.instant(), open.zone()),
				officer -> this.workers.reach(officer, now.feedbackType(), now.orgUnit(), now.team()));
		Set<String> needed = GuardNeeds.of(transition, open.feedbackCase().current());
		if (needed.isEmpty()) {
			return form;
		}
		List<Question> questions = new ArrayList<>();
		for (Question question : form.questions()) {
			questions.add(question.required() || !needed.contains(question.name()) ? question
					: new Question(question.name(), question.kind(), question.label(), question.hint(), true,
							question.maxLength(), question.characterCount(), question.autocomplete(),
							question.choices(), question.parts(), question.rules(), question.upload(),
							question.shown()));
		}
		return new InputForm(form.form(), questions, form.prefix());
	}

	/**
	 * The form of a transition's inputs, its team pick-lists as the structure is on
	 * {@code today}.
	 */
	InputForm of(CaseConfiguration configuration, OrgUnits orgUnits, Transition transition, String prefix,
			Locale locale, LocalDate today) {
		return of(configuration, orgUnits, transition, prefix, locale, today, officer -> true);
	}

	/** As above, offering only the officers {@code offered} admits. */
	private InputForm of(CaseConfiguration configuration, OrgUnits orgUnits, Transition transition, String prefix,
			Locale locale, LocalDate today, Predicate<String> offered) {
		var form = this.forms.actionForm(configuration, transition, locale);
		List<Question> questions = new ArrayList<>();
		for (Question question : form.questions()) {
			questions
				.add(withChoices(question, PickLists.sourceOf(transition, question.name()), orgUnits, today, offered));
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

	private Question withChoices(Question question, String source, OrgUnits orgUnits, LocalDate today,
			Predicate<String> offered) {
		if (source == null || !question.choices().isEmpty()) {
			return question;
		}
		List<Choice> choices = (PickLists.OFFICERS.equals(source)
				? this.pickLists.officers().stream().filter(item -> offered.test(item.value())).toList()
				: PickLists.teams(orgUnits, today))
			.stream()
			.map(item -> new Choice(item.value(), item.label()))
			.toList();
		String kind = choices.isEmpty() ? "text" : "select";
		return new Question(question.name(), kind, question.label(), question.hint(), question.required(),
				question.maxLength(), question.characterCount(), question.autocomplete(), choices, question.parts(),
				question.rules(), null, question.shown());
	}

}
