package org.candour.standards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.candour.api.Refusal;
import org.candour.calendar.TenantCalendars;
import org.candour.cases.CaseDocuments;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.OrgStructure;
import org.candour.definition.model.ServiceStandard;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;

/**
 * The current tenant's service standards as they stand today, computed from its current
 * cases whenever they are read: each standard's figure against its target (per team where
 * configured), and one standard's counted cases and breaches.
 */
@Service
public class ServiceStandards {

	/** The most cases (or officers) one drill-down lists. */
	public static final int LISTED = 500;

	/** How the team filter names cases with no team. */
	public static final String NO_TEAM = "none";

	private final CaseDocuments documents;

	private final ActiveConfigurations configurations;

	private final TenantCalendars calendars;

	private final Optional<Clock> clock;

	ServiceStandards(CaseDocuments documents, ActiveConfigurations configurations, TenantCalendars calendars,
			Optional<Clock> clock) {
		this.documents = documents;
		this.configurations = configurations;
		this.calendars = calendars;
		this.clock = clock;
	}

	/** Every standard's figure, by title. */
	public Board board() {
		CompiledConfiguration model = this.configurations.require().model();
		StandardDays days = days();
		List<StandardFigure> figures = new ArrayList<>();
		for (ServiceStandard standard : model.serviceStandards().values()) {
			figures.add(figure(standard, model, counted(standard, model, days), days));
		}
		figures.sort(Comparator.comparing(StandardFigure::title).thenComparing(StandardFigure::id));
		return new Board(days.today(), figures);
	}

	/**
	 * One standard's figure with the cases (or, for a caseload, the officers) behind it:
	 * those missing the standard first.
	 * @param team a team's org unit id, {@link #NO_TEAM} or {@code null} for every case
	 * @param breachesOnly whether to list only the breaches
	 * @throws Refusal not found for an unknown standard, malformed for an unknown team
	 */
	public Drill drill(String id, String team, boolean breachesOnly) {
		CompiledConfiguration model = this.configurations.require().model();
		ServiceStandard standard = model.serviceStandards().get(id);
		if (standard == null) {
			throw Refusal.notFound("No service standard '" + id + "'");
		}
		if (team != null && !NO_TEAM.equals(team) && model.orgStructure().unit(team).isEmpty()) {
			throw Refusal.malformed("/team", "service-standard.team-unknown",
					"No team '" + team + "' in the org structure");
		}
		StandardDays days = days();
		List<CountedCase> counted = counted(standard, model, days);
		StandardFigure figure = figure(standard, model, counted, days);
		List<CountedCase> cases = counted.stream()
			.filter(found -> team == null || Objects.equals(found.team(), NO_TEAM.equals(team) ? null : team))
			.toList();
		boolean caseload = standard.measure() == ServiceStandard.Measure.CASELOAD;
		List<OfficerLoad> officers = caseload ? Tallies.loads(standard, cases) : List.of();
		List<CountedCase> listed = new ArrayList<>(caseload && breachesOnly ? List.of() : cases);
		listed.removeIf(found -> breachesOnly && found.met());
		listed.sort(Comparator.comparing(CountedCase::met)
			.thenComparing(CountedCase::days, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(CountedCase::reference));
		List<OfficerLoad> loads = officers.stream().filter(load -> !breachesOnly || !load.met()).toList();
		return new Drill(days.today(), figure, team, (team == null) ? null : teamName(model, team), breachesOnly,
				List.copyOf(listed.subList(0, Math.min(LISTED, listed.size()))), listed.size(),
				loads.subList(0, Math.min(LISTED, loads.size())), loads.size());
	}

	private StandardDays days() {
		return new StandardDays(this.configurations, this.calendars, this.clock);
	}

	private List<CountedCase> counted(ServiceStandard standard, CompiledConfiguration model, StandardDays days) {
		LocalDate start = (standard.period() != null) ? StandardScope.periodStart(standard.period(), days.today())
				: null;
		return new CaseCounting(this.documents, days).count(standard, StandardScope.of(standard, model.orgStructure()),
				start);
	}

	private static StandardFigure figure(ServiceStandard standard, CompiledConfiguration model,
			List<CountedCase> counted, StandardDays days) {
		List<StandardFigure.TeamTally> teams = new ArrayList<>();
		if (standard.byTeam()) {
			Map<String, List<CountedCase>> byTeam = new LinkedHashMap<>();
			counted.forEach(found -> byTeam.computeIfAbsent(found.team(), key -> new ArrayList<>()).add(found));
			byTeam.forEach((team, cases) -> teams.add(new StandardFigure.TeamTally(team,
					teamName(model, (team == null) ? NO_TEAM : team), Tallies.of(standard, cases))));
			teams.sort(Comparator.comparing(tally -> tally.team() == null ? "\uffff" : tally.name()));
		}
		LocalDate from = (standard.period() != null) ? StandardScope.periodStart(standard.period(), days.today())
				: null;
		return new StandardFigure(standard.id(), english(standard.title(), standard.id()),
				(standard.description() == null) ? null : english(standard.description(), null),
				standard.measure().id(), unit(standard.measure()), standard.target().value(),
				standard.target().atLeast(), from, (from == null) ? null : days.today(), Tallies.of(standard, counted),
				standard.byTeam(), teams);
	}

	private static String unit(ServiceStandard.Measure measure) {
		return switch (measure) {
			case WITHIN, CLOCK -> "percent";
			case AGE -> "cases";
			default -> "cases-per-officer";
		};
	}

	/** A team's name in English; "No team" for {@link #NO_TEAM}; the id when unknown. */
	static String teamName(CompiledConfiguration model, String team) {
		if (NO_TEAM.equals(team)) {
			return "No team";
		}
		OrgStructure structure = model.orgStructure();
		return structure.unit(team).map(unit -> english(unit.name(), team)).orElse(team);
	}

	static String english(JsonNode text, String fallback) {
		if (text == null || text.isNull()) {
			return fallback;
		}
		return text.isString() ? text.asString() : text.path("en").asString(fallback);
	}

	/**
	 * Every standard as it stands.
	 *
	 * @param today the day the figures are for, in the tenant's zone
	 * @param standards each standard, by title
	 */
	public record Board(LocalDate today, List<StandardFigure> standards) {
	}

	/**
	 * One standard and what is behind its figure.
	 *
	 * @param today the day the figures are for
	 * @param standard the standard's figure (the tenant's and each team's)
	 * @param team the team the lists are narrowed to ({@link #NO_TEAM} for cases with no
	 * team); {@code null} for every case
	 * @param teamName that team's name
	 * @param breachesOnly whether only breaches are listed
	 * @param cases the cases counted (and open cases already past the limit), those
	 * missing the standard first, at most {@link #LISTED}; empty for a caseload's
	 * breaches
	 * @param caseCount how many cases there are to list
	 * @param officers for a caseload, each officer's open cases, those missing the target
	 * first, at most {@link #LISTED}
	 * @param officerCount how many officers there are to list
	 */
	public record Drill(LocalDate today, StandardFigure standard, String team, String teamName, boolean breachesOnly,
			List<CountedCase> cases, int caseCount, List<OfficerLoad> officers, int officerCount) {
	}

}
