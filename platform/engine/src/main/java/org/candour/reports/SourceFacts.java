package org.candour.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.calendar.TenantCalendars;
import org.candour.definition.model.OrgStructure;
import org.candour.definition.model.OrgUnit;
import org.candour.definition.model.ReportSource;
import org.candour.learning.ActionState;
import org.candour.learning.ActionView;
import org.candour.learning.LearningPlans;
import org.candour.learning.LearningView;
import org.candour.learning.Listing;
import org.candour.learning.StateChange;
import org.candour.qa.QaSample;
import org.candour.qa.QualityAssurance;
import org.candour.standards.ServiceStandards;
import org.candour.standards.StandardFigure;
import org.candour.surveys.AnswerCount;
import org.candour.surveys.SurveyFigures;

import org.springframework.stereotype.Component;

/**
 * The records of the report sources other than the cases, read from the current tenant
 * through their modules' public APIs (so a learning action is overdue exactly when the
 * learning register says so, and a QA verdict is the one the QA figures count): one
 * {@link Fact} per learning record, learning action, QA sample or service standard (and
 * team), and one per count of survey or equality answers (the survey module gives counts,
 * never an answer).
 */
@Component
class SourceFacts {

	private static final String PREFER_NOT_TO_SAY = "prefer-not-to-say";

	private static final String NOT_ANSWERED = "not-answered";

	private final LearningPlans learning;

	private final QualityAssurance quality;

	private final ServiceStandards standards;

	private final SurveyFigures surveys;

	private final TenantCalendars calendars;

	SourceFacts(LearningPlans learning, QualityAssurance quality, ServiceStandards standards, SurveyFigures surveys,
			TenantCalendars calendars) {
		this.learning = learning;
		this.quality = quality;
		this.standards = standards;
		this.surveys = surveys;
		this.calendars = calendars;
	}

	List<Fact> of(ReportSource source, OrgStructure structure) {
		return switch (source) {
			case LEARNING_RECORDS -> learningRecords(structure);
			case LEARNING_ACTIONS -> learningActions(structure);
			case QA_SAMPLES -> qaSamples(structure);
			case SERVICE_STANDARDS -> serviceStandards();
			case SURVEY_ANSWERS -> answers(this.surveys.satisfactionCounts(), false);
			case EQUALITY_ANSWERS -> answers(this.surveys.equalityCounts(), true);
			case CASES -> throw new IllegalArgumentException("Cases are counted by aggregation");
		};
	}

	private List<Fact> learningRecords(OrgStructure structure) {
		Listing<LearningView> register = this.learning.register(null, null, null);
		ZoneId zone = zone();
		List<Fact> facts = new ArrayList<>();
		for (LearningView record : register.items()) {
			Map<String, Object> values = recordFields(record, structure);
			long overdue = record.actions().stream().filter(ActionView::overdue).count();
			long finished = record.actions().stream().filter(action -> action.action().state().finished()).count();
			values.put("status", record.overdue() ? "overdue"
					: record.open() ? "open" : record.actions().isEmpty() ? "no-actions" : "verified");
			values.put("open", record.open());
			values.put("overdue", record.overdue());
			values.put("publishable", record.publishable());
			values.put("actions", record.actions().size());
			values.put("actionsOverdue", overdue);
			values.put("actionsFinished", finished);
			values.put("cases", record.cases().size());
			facts.add(new Fact(values, record.createdAt().atZone(zone).toLocalDate(), 1));
		}
		return facts;
	}

	private List<Fact> learningActions(OrgStructure structure) {
		Listing<LearningView> register = this.learning.register(null, null, null);
		ZoneId zone = zone();
		List<Fact> facts = new ArrayList<>();
		for (LearningView record : register.items()) {
			for (ActionView view : record.actions()) {
				Map<String, Object> values = recordFields(record, structure);
				ActionState state = view.action().state();
				values.put("action", view.action().id());
				values.put("state", state.code());
				values.put("status", view.overdue() ? "overdue" : !state.finished() ? "open" : state.code());
				values.put("overdue", view.overdue());
				values.put("finished", state.finished());
				if (state.finished()) {
					LocalDate done = firstDone(view.action().stateChanges(), zone);
					values.put("finishedOnTime",
							done != null && view.action().dueDate() != null && !done.isAfter(view.action().dueDate()));
				}
				if (view.action().owner() != null) {
					values.put("ownerKind", view.action().owner().kind());
					values.put("owner", view.action().owner().id());
				}
				values.put("complainantInvolvement", view.action().complainantInvolvement());
				values.put("complainantAgreed", view.action().complainantAgreed());
				facts.add(new Fact(values, view.action().dueDate(), 1));
			}
		}
		return facts;
	}

	private static LocalDate firstDone(List<StateChange> changes, ZoneId zone) {
		return changes.stream()
			.filter(change -> change.state() == ActionState.DONE)
			.findFirst()
			.map(change -> change.at().atZone(zone).toLocalDate())
			.orElse(null);
	}

	private static Map<String, Object> recordFields(LearningView record, OrgStructure structure) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("learning", record.id());
		values.put("theme", record.theme());
		values.put("orgUnit", record.orgUnit());
		values.put("directorate", ofType(record.orgUnits(), "directorate", structure));
		values.put("service", ofType(record.orgUnits(), "service", structure));
		return values;
	}

	/** The unit of that type among a unit and those above it, as recorded. */
	private static String ofType(List<String> units, String type, OrgStructure structure) {
		if (units == null) {
			return null;
		}
		return units.stream()
			.filter(unit -> structure.unit(unit).map(OrgUnit::type).filter(type::equals).isPresent())
			.findFirst()
			.orElse(null);
	}

	private List<Fact> qaSamples(OrgStructure structure) {
		List<Fact> facts = new ArrayList<>();
		for (QaSample sample : this.quality.queue(QualityAssurance.Filter.ALL)) {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("sample", sample.id());
			values.put("kind", sample.kind().code());
			values.put("review", (sample.review() == null) ? null : sample.review().id());
			values.put("feedbackType", sample.feedbackType());
			values.put("officer", sample.officer());
			values.put("orgUnit", sample.orgUnit());
			List<String> path = (sample.orgUnit() == null) ? List.of()
					: structure.path(sample.orgUnit()).stream().map(OrgUnit::id).toList();
			values.put("directorate", ofType(path, "directorate", structure));
			values.put("service", ofType(path, "service", structure));
			values.put("status", sample.status());
			values.put("scored", sample.verdict() != null);
			if (sample.verdict() != null) {
				values.put("outcomeMet", sample.verdict().outcomeMet());
				values.put("methodMet", sample.verdict().methodMet());
			}
			boolean both = sample.scores().manager() != null && sample.scores().central() != null;
			values.put("bothScored", both);
			if (both) {
				values.put("agreement", sample.scores().manager().agreesWith(sample.scores().central()));
			}
			facts.add(new Fact(values, YearMonth.parse(sample.period()).atDay(1), 1));
		}
		return facts;
	}

	private List<Fact> serviceStandards() {
		List<Fact> facts = new ArrayList<>();
		for (StandardFigure standard : this.standards.board().standards()) {
			facts.add(standard(standard, "all", standard.tally()));
			standard.teams()
				.forEach(team -> facts.add(standard(standard,
						(team.team() == null) ? ServiceStandards.NO_TEAM : team.team(), team.tally())));
		}
		return facts;
	}

	private static Fact standard(StandardFigure standard, String team, StandardFigure.Tally tally) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("standard", standard.id());
		values.put("team", team);
		values.put("measure", standard.measure());
		values.put("unit", standard.unit());
		values.put("figure", tally.figure());
		values.put("target", standard.target());
		values.put("numerator", tally.numerator());
		values.put("denominator", tally.denominator());
		values.put("met", tally.met());
		values.put("breaches", tally.breaches());
		return new Fact(values, null, 1);
	}

	private static List<Fact> answers(List<AnswerCount> counts, boolean equality) {
		List<Fact> facts = new ArrayList<>();
		for (AnswerCount count : counts) {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("form", count.form());
			values.put("question", count.question());
			values.put("answer", count.answer());
			if (equality) {
				values.put("stated", !PREFER_NOT_TO_SAY.equals(count.answer()) && !NOT_ANSWERED.equals(count.answer()));
			}
			else {
				values.put("feedbackType", count.feedbackType());
			}
			facts.add(new Fact(values, YearMonth.parse(count.month()).atDay(1), count.count()));
		}
		return facts;
	}

	private ZoneId zone() {
		return this.calendars.current().spec().zone();
	}

}
