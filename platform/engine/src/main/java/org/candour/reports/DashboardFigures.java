package org.candour.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.candour.cases.CaseDocuments;
import org.candour.cases.FeedbackCase;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.ReportDefinition;
import org.candour.definition.model.State;

import org.springframework.stereotype.Service;

/**
 * The figures of the current tenant's manager dashboard, read from the stored cases with
 * operators the embedded server supports: open cases by feedback type and state, cases
 * received and closed in each of the last twelve months, the share of responses within
 * timescale this (financial) quarter against the target a report sets, breached and
 * due-soon counts with the queues' meaning, the oldest open cases and each officer's
 * caseload.
 */
@Service
public class DashboardFigures {

	/**
	 * The clock whose met or breached status says whether a case was answered in time.
	 */
	public static final String RESPOND_CLOCK = "respond";

	private static final int MONTHS = 12;

	private static final int OLDEST = 10;

	private final CaseDocuments cases;

	private final ActiveConfigurations configurations;

	DashboardFigures(CaseDocuments cases, ActiveConfigurations configurations) {
		this.cases = cases;
		this.configurations = configurations;
	}

	/**
	 * The dashboard as at a day.
	 * @param today the tenant's today
	 * @param zone the tenant's time zone (a case closed at 00:30 on 1 April, London time,
	 * counts in April)
	 * @param dueSoonBy the last day the "due soon" queue takes in
	 */
	public Dashboard of(LocalDate today, ZoneId zone, LocalDate dueSoonBy) {
		CompiledConfiguration model = this.configurations.require().model();
		Document open = new Document("open", true);
		long breached = this.cases.count(new Document("open", true).append("breached", true));
		long dueSoon = this.cases.count(new Document("open", true).append("breached", false)
			.append("nextDue", new Document("$lte", dueSoonBy.toString())));
		return new Dashboard(today, openByTypeAndState(model, open), months(today, zone), timeliness(model, today),
				breached, dueSoon, oldest(model, open), caseload(open));
	}

	private List<OpenCount> openByTypeAndState(CompiledConfiguration model, Document open) {
		Document id = new Document("type", "$feedbackType").append("state", "$state");
		List<OpenCount> counts = new ArrayList<>();
		for (Document group : this.cases.aggregate(List.of(new Document("$match", open),
				new Document("$group", new Document("_id", id).append("n", new Document("$sum", 1)))))) {
			Document key = group.get("_id", Document.class);
			String type = key.getString("type");
			String state = key.getString("state");
			counts.add(new OpenCount(type, typeLabel(model, type), state, stateLabel(model, type, state),
					number(group.get("n"))));
		}
		counts.sort(Comparator.comparing(OpenCount::typeLabel).thenComparing(OpenCount::stateLabel));
		return counts;
	}

	private List<Month> months(LocalDate today, ZoneId zone) {
		YearMonth first = YearMonth.from(today).minusMonths(MONTHS - 1);
		Map<YearMonth, long[]> months = new LinkedHashMap<>();
		for (int i = 0; i < MONTHS; i++) {
			months.put(first.plusMonths(i), new long[2]);
		}
		Document received = new Document("$match",
				new Document("receivedOn", new Document("$gte", first.atDay(1).toString())));
		for (Document group : this.cases.aggregate(List.of(received,
				new Document("$group", new Document("_id", new Document("$substr", List.of("$receivedOn", 0, 7)))
					.append("n", new Document("$sum", 1)))))) {
			long[] month = months.get(YearMonth.parse(group.getString("_id")));
			if (month != null) {
				month[0] += number(group.get("n"));
			}
		}
		// closedAt is an ISO instant in UTC: grouped by hour, then each hour put in the
		// tenant's month
		String since = first.atDay(1).atStartOfDay(zone).minusDays(1).toInstant().toString();
		Document closed = new Document("$match", new Document("current.closedAt", new Document("$gte", since)));
		for (Document group : this.cases.aggregate(List.of(closed,
				new Document("$group", new Document("_id", new Document("$substr", List.of("$current.closedAt", 0, 13)))
					.append("n", new Document("$sum", 1)))))) {
			Instant hour = LocalDateTime.parse(group.getString("_id") + ":00").toInstant(ZoneOffset.UTC);
			long[] month = months.get(YearMonth.from(hour.atZone(zone)));
			if (month != null) {
				month[1] += number(group.get("n"));
			}
		}
		List<Month> list = new ArrayList<>();
		months.forEach((month, figures) -> list.add(new Month(month, figures[0], figures[1])));
		return list;
	}

	private Timeliness timeliness(CompiledConfiguration model, LocalDate today) {
		ReportPeriods.Range quarter = ReportPeriods.of(ReportPeriods.Preset.THIS_QUARTER, today);
		LocalDate from = quarter.from();
		LocalDate to = quarter.to();
		ReportDefinition targeted = targetReport(model).orElse(null);
		Document counted = new Document("receivedOn",
				new Document("$gte", from.toString()).append("$lte", to.toString()));
		if (targeted != null && !targeted.feedbackTypes().isEmpty()) {
			counted.append("feedbackType", new Document("$in", targeted.feedbackTypes()));
		}
		long answered = this.cases.count(new Document(counted).append("current.clocks", new Document("$elemMatch",
				new Document("id", RESPOND_CLOCK).append("status", new Document("$in", List.of("met", "breached"))))));
		long met = this.cases.count(new Document(counted).append("current.clocks",
				new Document("$elemMatch", new Document("id", RESPOND_CLOCK).append("status", "met"))));
		if (targeted == null) {
			return new Timeliness(from, to, met, answered, null, null, null);
		}
		ReportDefinition.Measure measure = targeted.measures()
			.stream()
			.filter(DashboardFigures::respondTarget)
			.findFirst()
			.orElseThrow();
		return new Timeliness(from, to, met, answered, measure.target(), targeted.id(),
				ReportLabels.english(targeted.title(), targeted.id()));
	}

	/**
	 * The report whose target the dashboard's timeliness figure is shown against: the
	 * first by id with a percentage on the respond clock that has a target.
	 */
	public static Optional<ReportDefinition> targetReport(CompiledConfiguration model) {
		return model.reports()
			.values()
			.stream()
			.filter(report -> report.measures().stream().anyMatch(DashboardFigures::respondTarget))
			.min(Comparator.comparing(ReportDefinition::id));
	}

	/** A percentage measure with a target that counts the respond clock's status. */
	private static boolean respondTarget(ReportDefinition.Measure measure) {
		return measure.target() != null && "percentage".equals(measure.type()) && measure.where() != null
				&& measure.where().toString().contains("\"" + RESPOND_CLOCK + "\"");
	}

	private List<OldCase> oldest(CompiledConfiguration model, Document open) {
		List<OldCase> oldest = new ArrayList<>();
		for (FeedbackCase found : this.cases.find(open, new Document("receivedAtDate", 1).append("_id", 1), 0,
				OLDEST)) {
			String type = found.current().feedbackType();
			oldest.add(new OldCase(found.reference(), typeLabel(model, type),
					stateLabel(model, type, found.current().state()), found.receivedAt(), found.current().officer(),
					found.current().team()));
		}
		return oldest;
	}

	private List<Caseload> caseload(Document open) {
		List<Caseload> loads = new ArrayList<>();
		for (Document group : this.cases.aggregate(List.of(new Document("$match", open),
				new Document("$group", new Document("_id", "$officer").append("n", new Document("$sum", 1)))))) {
			loads.add(new Caseload(group.getString("_id"), number(group.get("n"))));
		}
		loads.sort(Comparator.comparing(Caseload::count)
			.reversed()
			.thenComparing(Caseload::officer, Comparator.nullsLast(Comparator.naturalOrder())));
		return loads;
	}

	private static String typeLabel(CompiledConfiguration model, String type) {
		return model.feedbackType(type).map(found -> ReportLabels.english(found.title(), type)).orElse(type);
	}

	private static String stateLabel(CompiledConfiguration model, String type, String state) {
		return model.feedbackType(type)
			.map(FeedbackType::workflow)
			.flatMap(model::workflow)
			.map(workflow -> workflow.states().get(state))
			.map(State::label)
			.map(label -> ReportLabels.english(label, state))
			.orElse(state);
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

	/**
	 * The dashboard's figures.
	 *
	 * @param today the day they are as at
	 * @param open open cases by feedback type and state
	 * @param months the last twelve months, oldest first
	 * @param timeliness this quarter's responses within timescale
	 * @param breached open cases with a clock past its due date
	 * @param dueSoon open cases not breached with a clock due by the "due soon" day
	 * @param oldest the oldest open cases, oldest first
	 * @param caseload open cases per assigned officer (a {@code null} officer: none),
	 * largest first
	 */
	public record Dashboard(LocalDate today, List<OpenCount> open, List<Month> months, Timeliness timeliness,
			long breached, long dueSoon, List<OldCase> oldest, List<Caseload> caseload) {

		public long openTotal() {
			return this.open.stream().mapToLong(OpenCount::count).sum();
		}

	}

	/** Open cases of one feedback type in one state. */
	public record OpenCount(String feedbackType, String typeLabel, String state, String stateLabel, long count) {
	}

	/** Cases received (by the day their clocks count from, as reports do) and closed. */
	public record Month(YearMonth month, long received, long closed) {
	}

	/**
	 * Cases received this quarter whose response clock has stopped: how many met it.
	 *
	 * @param from the quarter's first day
	 * @param to its last day
	 * @param met answered within timescale
	 * @param answered answered (met or breached)
	 * @param target the target percentage, or {@code null} when no report sets one
	 * @param reportId the report whose measure sets the target (and whose feedback types
	 * are counted), or {@code null}
	 * @param reportTitle its title, or {@code null}
	 */
	public record Timeliness(LocalDate from, LocalDate to, long met, long answered, Double target, String reportId,
			String reportTitle) {

		/**
		 * The percentage, or {@code null} when nothing was answered ("n/a", never 0%).
		 */
		public Double percentage() {
			return (this.answered == 0) ? null : 100.0 * this.met / this.answered;
		}

	}

	/** An open case, for the list of the oldest. */
	public record OldCase(String reference, String typeLabel, String stateLabel, Instant receivedAt, String officer,
			String team) {
	}

	/**
	 * How many open cases an officer holds ({@code null}: not assigned to an officer).
	 */
	public record Caseload(String officer, long count) {
	}

}
