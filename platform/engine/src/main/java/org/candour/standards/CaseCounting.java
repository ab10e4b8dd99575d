package org.candour.standards;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.candour.cases.CaseDocuments;
import org.candour.definition.model.ServiceStandard;

/**
 * The cases one standard counts, each with whether it meets the standard. Mongo narrows
 * the cases (scope, open or closed, the end of the period) and only the fields a standard
 * reads are projected; the days are counted here, in each case's calendar.
 */
final class CaseCounting {

	private final CaseDocuments documents;

	private final StandardDays days;

	CaseCounting(CaseDocuments documents, StandardDays days) {
		this.documents = documents;
		this.days = days;
	}

	List<CountedCase> count(ServiceStandard standard, Document scope, LocalDate periodStart) {
		List<CountedCase> counted = new ArrayList<>();
		switch (standard.measure()) {
			case WITHIN -> within(standard, scope, periodStart, counted);
			case CLOCK -> clock(standard, scope, periodStart, counted);
			case AGE -> each(standard, StandardScope.and(scope, new Document("open", true)),
					facts -> aged(standard, facts, counted));
			default -> each(standard,
					StandardScope.and(scope, new Document("open", true).append("officer", new Document("$ne", null))),
					facts -> counted.add(new CountedCase(facts.reference(), facts.feedbackType(), facts.state(),
							facts.team(), facts.officer(), facts.summary(), null, null, null, null, true, true, true)));
		}
		return counted;
	}

	/**
	 * Cases whose end event (the earliest that happened) fell in the period, met when
	 * they got there within the limit; and open cases with no end event already past the
	 * limit, breaches not yet in the figure.
	 */
	private void within(ServiceStandard standard, Document scope, LocalDate periodStart, List<CountedCase> counted) {
		String since = since(periodStart);
		List<Document> ends = new ArrayList<>();
		for (ServiceStandard.Event end : standard.to()) {
			ends.add(switch (end.kind()) {
				case "closed" -> new Document("open", false).append("current.closedAt", new Document("$gte", since));
				case "entered" -> new Document("history", new Document("$elemMatch",
						new Document("to", end.state()).append("at", new Document("$gte", since))));
				default -> new Document("current.clocks", new Document("$elemMatch",
						new Document("id", end.clock()).append("stoppedAt", new Document("$gte", since))));
			});
		}
		each(standard, StandardScope.and(scope, (ends.size() == 1) ? ends.get(0) : new Document("$or", ends)),
				facts -> {
					LocalDate from = facts.day(standard.from());
					LocalDate end = facts.earliest(standard.to());
					if (from != null && end != null && !end.isBefore(periodStart) && !end.isAfter(this.days.today())) {
						int taken = this.days.between(facts.configVersion(), from, end, standard.limit());
						counted.add(counted(facts, from, end, null, taken, taken <= standard.limit().amount(), true));
					}
				});
		each(standard, StandardScope.and(scope, new Document("open", true)), facts -> {
			LocalDate from = facts.day(standard.from());
			if (from != null && facts.earliest(standard.to()) == null) {
				int taken = this.days.between(facts.configVersion(), from, this.days.today(), standard.limit());
				if (taken > standard.limit().amount()) {
					counted.add(counted(facts, from, null, null, taken, false, false));
				}
			}
		});
	}

	/**
	 * The moment from which an end event may fall in the period: a day early, the exact
	 * day in the tenant's zone being checked on each case.
	 */
	private String since(LocalDate periodStart) {
		return periodStart.minusDays(1).atTime(LocalTime.MIN).atZone(this.days.zone()).toInstant().toString();
	}

	/**
	 * Cases whose clock stopped in the period, met when it stopped met; and open cases
	 * whose running clock is past its due day.
	 */
	private void clock(ServiceStandard standard, Document scope, LocalDate periodStart, List<CountedCase> counted) {
		String since = since(periodStart);
		Document stopped = new Document("current.clocks", new Document("$elemMatch",
				new Document("id", standard.clock()).append("stoppedAt", new Document("$gte", since))));
		each(standard, StandardScope.and(scope, stopped), facts -> {
			Document clock = facts.clock(standard.clock());
			LocalDate end = this.days.day(clock.get("stoppedAt"));
			String status = clock.getString("status");
			if (!end.isBefore(periodStart) && !end.isAfter(this.days.today())
					&& ("met".equals(status) || "breached".equals(status))) {
				counted.add(counted(facts, this.days.day(clock.get("anchorDate")), end,
						this.days.day(clock.get("dueDate")), null, "met".equals(status), true));
			}
		});
		Document running = new Document("open", true).append("current.clocks",
				new Document("$elemMatch", new Document("id", standard.clock()).append("stoppedAt", null)));
		each(standard, StandardScope.and(scope, running), facts -> {
			Document clock = facts.clock(standard.clock());
			LocalDate due = this.days.day(clock.get("dueDate"));
			if (clock.get("stoppedAt") == null && (Boolean.TRUE.equals(clock.getBoolean("overdue"))
					|| (due != null && due.isBefore(this.days.today())))) {
				counted.add(counted(facts, this.days.day(clock.get("anchorDate")), null, due, null, false, false));
			}
		});
	}

	/** An open case, past the limit when more than it from its start. */
	private void aged(ServiceStandard standard, CaseFacts facts, List<CountedCase> counted) {
		LocalDate from = facts.day(standard.from());
		if (from != null) {
			int age = this.days.between(facts.configVersion(), from, this.days.today(), standard.limit());
			counted.add(counted(facts, from, null, null, age, age <= standard.limit().amount(), true));
		}
	}

	private void each(ServiceStandard standard, Document filter, java.util.function.Consumer<CaseFacts> action) {
		this.documents.forEach(filter, CaseFacts.fields(standard),
				stored -> action.accept(new CaseFacts(stored, this.days)));
	}

	private static CountedCase counted(CaseFacts facts, LocalDate from, LocalDate to, LocalDate due, Integer days,
			boolean met, boolean inFigure) {
		return new CountedCase(facts.reference(), facts.feedbackType(), facts.state(), facts.team(), facts.officer(),
				facts.summary(), from, to, due, days, met, inFigure, facts.open());
	}

}
