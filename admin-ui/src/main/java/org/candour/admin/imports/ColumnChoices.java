package org.candour.admin.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.candour.admin.PageProblem;
import org.candour.imports.ExportProfile;
import org.candour.imports.ImportMapping;

/**
 * The "which column holds what" step: the page's field names, the columns guessed from
 * the export's headers, the choices read back from the form, what is missing, and the
 * mapping the choices and the value tables make.
 */
final class ColumnChoices {

	static final String KEY = "keyColumn";

	static final String RECEIVED = "receivedColumn";

	static final String STATE = "stateColumn";

	static final String ORG_UNIT = "orgUnitColumn";

	static final String ASSIGNEE = "assigneeColumn";

	static final String OUTCOME = "outcomeColumn";

	static final String OUTCOME_FIELD = "outcomeField";

	private static final List<String> CASE_COLUMNS = List.of(KEY, RECEIVED, STATE, ORG_UNIT, ASSIGNEE, OUTCOME);

	private ColumnChoices() {
	}

	/** The page's field for the form field at {@code index} of the type's fields. */
	static String field(int index) {
		return "field-" + index;
	}

	/** The page's field for the date of the action at {@code index}. */
	static String date(int index) {
		return "date-" + index;
	}

	/**
	 * The columns offered on a first visit to the step: as the saved mapping being
	 * changed has them, where the export has that column; else as the headers suggest.
	 */
	static Map<String, String> suggested(ExportProfile profile, MappingTargets targets, Optional<ImportMapping> saved) {
		Map<String, String> chosen = guessed(profile, targets);
		saved.ifPresent(mapping -> {
			Map<String, String> kept = new LinkedHashMap<>();
			kept.put(KEY, mapping.keyColumn());
			kept.put(RECEIVED, mapping.receivedColumn());
			kept.put(STATE, mapping.state() == null ? null : mapping.state().column());
			kept.put(ORG_UNIT, mapping.orgUnit() == null ? null : mapping.orgUnit().column());
			kept.put(ASSIGNEE, mapping.assigneeColumn());
			kept.put(OUTCOME, mapping.outcome() == null ? null : mapping.outcome().column());
			kept.put(OUTCOME_FIELD, mapping.outcome() == null ? null : mapping.outcome().field());
			List<MappingTargets.Target> fields = targets.fields();
			for (int i = 0; i < fields.size(); i++) {
				kept.put(field(i), mapping.fields().get(fields.get(i).id()));
			}
			List<MappingTargets.ActionTarget> actions = targets.actions();
			for (int i = 0; i < actions.size(); i++) {
				String action = actions.get(i).action();
				kept.put(date(i),
						mapping.dates()
							.stream()
							.filter(date -> date.action().equals(action))
							.map(ImportMapping.DateColumn::column)
							.findFirst()
							.orElse(null));
			}
			kept.forEach((name, column) -> {
				if (column == null) {
					chosen.remove(name);
				}
				else if (name.equals(OUTCOME_FIELD) || profile.columns().contains(column)) {
					chosen.put(name, column);
				}
			});
		});
		return chosen;
	}

	private static Map<String, String> guessed(ExportProfile profile, MappingTargets targets) {
		ColumnGuesses guesses = new ColumnGuesses(profile.columns());
		Map<String, String> chosen = new LinkedHashMap<>();
		chosen.put(KEY, guesses.guess("case id", "case reference", "reference", "case number", "case ref"));
		chosen.put(RECEIVED, guesses.guess("date received", "received", "date logged", "logged"));
		chosen.put(STATE, guesses.guess("status", "state", "stage"));
		chosen.put(ORG_UNIT, guesses.guess("directorate", "department", "service area", "org unit", "team"));
		chosen.put(ASSIGNEE, guesses.guess("officer", "assigned to", "case owner", "owner", "handler"));
		chosen.put(OUTCOME, guesses.guess("outcome", "decision", "result"));
		List<MappingTargets.Target> fields = targets.fields();
		for (int i = 0; i < fields.size(); i++) {
			String field = fields.get(i).id();
			chosen.put(field(i), guesses.guess(field.substring(field.lastIndexOf('/') + 1), fields.get(i).label()));
		}
		List<MappingTargets.ActionTarget> actions = targets.actions();
		for (int i = 0; i < actions.size(); i++) {
			chosen.put(date(i), guesses.guess("date " + actions.get(i).action(), actions.get(i).action()));
		}
		List<MappingTargets.Target> outcomes = targets.outcomeFields();
		chosen.put(OUTCOME_FIELD,
				chosen.get(OUTCOME).isEmpty() ? ""
						: outcomes.stream()
							.map(MappingTargets.Target::id)
							.filter("decision"::equals)
							.findFirst()
							.orElse(first(outcomes)));
		chosen.values().removeIf(String::isEmpty);
		return chosen;
	}

	/** The choices sent, each a column of the export (anything else is left out). */
	static Map<String, String> read(Map<String, String> form, ExportProfile profile, MappingTargets targets) {
		Map<String, String> chosen = new LinkedHashMap<>();
		List<String> names = new ArrayList<>(CASE_COLUMNS);
		for (int i = 0; i < targets.fields().size(); i++) {
			names.add(field(i));
		}
		for (int i = 0; i < targets.actions().size(); i++) {
			names.add(date(i));
		}
		names.forEach(name -> {
			String column = form.getOrDefault(name, "");
			if (profile.columns().contains(column)) {
				chosen.put(name, column);
			}
		});
		String outcomeField = form.getOrDefault(OUTCOME_FIELD, "");
		if (targets.outcomeFields().stream().anyMatch(field -> field.id().equals(outcomeField))) {
			chosen.put(OUTCOME_FIELD, outcomeField);
		}
		return chosen;
	}

	static List<PageProblem> problems(Map<String, String> chosen, MappingTargets targets) {
		List<PageProblem> problems = new ArrayList<>();
		if (!chosen.containsKey(KEY)) {
			problems.add(new PageProblem(KEY, "Choose the column of the old system's case number"));
		}
		if (!chosen.containsKey(RECEIVED)) {
			problems.add(new PageProblem(RECEIVED, "Choose the column of the date each case was received"));
		}
		if (!chosen.containsKey(STATE)) {
			problems.add(new PageProblem(STATE, "Choose the column of each case's status"));
		}
		if (chosen.containsKey(OUTCOME) && !chosen.containsKey(OUTCOME_FIELD)) {
			problems.add(new PageProblem(OUTCOME_FIELD,
					targets.outcomeFields().isEmpty()
							? "The workflow of " + targets.typeTitle()
									+ " records no coded outcome: choose no outcome column"
							: "Choose what the outcome column records"));
		}
		return problems;
	}

	/** The step's questions, in sections, each showing its column chosen. */
	static List<Section> sections(ExportProfile profile, MappingTargets targets, Map<String, String> chosen) {
		List<Choice> columns = profile.columns().stream().map(column -> new Choice(column, column)).toList();
		String choose = "Choose a column";
		String absent = "Not in this file";
		Questions theCase = new Questions(columns, chosen);
		theCase.add(KEY, "The old system's case number",
				"Each case is imported once: a row whose number was imported before is skipped", choose);
		theCase.add(RECEIVED, "Date received", "The timescales are worked out from it", choose);
		theCase.add(STATE, "Status", "On the next page, you say what each status becomes", choose);
		theCase.add(ORG_UNIT, "Directorate or team (optional)",
				"Without it, cases go to the feedback type's default unit", absent);
		theCase.add(ASSIGNEE, "Officer (optional)", "The officer's sign-in name", absent);
		Questions questions = new Questions(columns, chosen);
		List<MappingTargets.Target> fields = targets.fields();
		for (int i = 0; i < fields.size(); i++) {
			questions.add(field(i), fields.get(i).label(), fields.get(i).id(), absent);
		}
		Questions dates = new Questions(columns, chosen);
		List<MappingTargets.ActionTarget> actions = targets.actions();
		for (int i = 0; i < actions.size(); i++) {
			MappingTargets.Target question = actions.get(i).dateQuestion();
			dates.add(date(i), "Date of: " + actions.get(i).label(),
					question == null ? null : "Also recorded as " + question.label(), absent);
		}
		Questions outcome = new Questions(columns, chosen);
		outcome.add(OUTCOME, "Outcome (optional)", "On the next page, you say what each outcome becomes", absent);
		new Questions(targets.outcomeFields().stream().map(field -> new Choice(field.id(), field.label())).toList(),
				chosen)
			.add(OUTCOME_FIELD, "What the outcome records", null, "Nothing")
			.into(outcome);
		return List.of(new Section("The case", null, theCase.list()),
				new Section("The form's questions", "Blank cells leave a question unanswered.", questions.list()),
				new Section("Dates the case moved on",
						"A date says the action was taken that day: it starts and stops the timescales as it did "
								+ "then, so met and missed timescales come out right.",
						dates.list()),
				new Section("Outcome", null, outcome.list()));
	}

	/** The mapping the steps made. */
	static ImportMapping mapping(MappingDraft draft, MappingTargets targets, ValueTables tables) {
		Map<String, String> fields = new LinkedHashMap<>();
		List<MappingTargets.Target> formFields = targets.fields();
		for (int i = 0; i < formFields.size(); i++) {
			String column = draft.column(field(i));
			if (column != null) {
				fields.put(formFields.get(i).id(), column);
			}
		}
		List<ImportMapping.DateColumn> dates = new ArrayList<>();
		List<MappingTargets.ActionTarget> actions = targets.actions();
		for (int i = 0; i < actions.size(); i++) {
			String column = draft.column(date(i));
			if (column != null) {
				MappingTargets.Target question = actions.get(i).dateQuestion();
				dates.add(new ImportMapping.DateColumn(column, actions.get(i).action(),
						question == null ? null : question.id()));
			}
		}
		String orgUnit = draft.column(ORG_UNIT);
		String outcome = draft.column(OUTCOME);
		String outcomeField = draft.column(OUTCOME_FIELD);
		return new ImportMapping(draft.id(), draft.title(), draft.feedbackType(), draft.column(KEY),
				draft.column(RECEIVED), fields,
				orgUnit == null ? null : new ImportMapping.Lookup(orgUnit, tables.units()), draft.column(ASSIGNEE),
				new ImportMapping.Lookup(draft.column(STATE), tables.states()), dates,
				outcome == null ? null : new ImportMapping.Outcome(outcome, outcomeField,
						targets.codeListOf(outcomeField).orElse(null), tables.outcomes()));
	}

	private static String first(List<MappingTargets.Target> targets) {
		return targets.isEmpty() ? "" : targets.get(0).id();
	}

	/** A heading and its questions. */
	record Section(String heading, String intro, List<Question> questions) {
	}

	/**
	 * One select of the step.
	 *
	 * @param none the words of the empty choice
	 */
	record Question(String name, String label, String hint, List<Choice> choices, String value, String none) {
	}

	/** Questions offering the same choices. */
	private static final class Questions {

		private final List<Choice> choices;

		private final Map<String, String> chosen;

		private final List<Question> list = new ArrayList<>();

		Questions(List<Choice> choices, Map<String, String> chosen) {
			this.choices = choices;
			this.chosen = chosen;
		}

		Questions add(String name, String label, String hint, String none) {
			this.list.add(new Question(name, label, hint, this.choices, this.chosen.getOrDefault(name, ""), none));
			return this;
		}

		void into(Questions other) {
			other.list.addAll(this.list);
		}

		List<Question> list() {
			return this.list;
		}

	}

}
