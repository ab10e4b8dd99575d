package org.candour.web.officer.standards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.candour.standards.StandardFigure;
import org.candour.standards.ServiceStandards;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Service standards as the dashboard and the drill-down page show them: each standard's
 * figure, what it is made of, its target and whether it is met, for every case and for
 * each team, with links to the cases behind each figure and to the breaches.
 */
public final class StandardCards {

	private StandardCards() {
	}

	/** The standards of a board, as cards. */
	public static List<Card> of(String tenant, ServiceStandards.Board board) {
		return board.standards().stream().map(standard -> card(tenant, standard)).toList();
	}

	static Card card(String tenant, StandardFigure standard) {
		List<Row> rows = new ArrayList<>();
		rows.add(row(tenant, standard, null, null, standard.tally()));
		standard.teams()
			.forEach(team -> rows.add(row(tenant, standard,
					(team.team() == null) ? ServiceStandards.NO_TEAM : team.team(), team.name(), team.tally())));
		return new Card(standard.id(), standard.title(), standard.description(), target(standard), standard.measure(),
				path(tenant, standard.id(), null, false), rows);
	}

	private static Row row(String tenant, StandardFigure standard, String team, String name,
			StandardFigure.Tally tally) {
		String status = (tally.met() == null) ? "none" : tally.met() ? "met" : "not-met";
		return new Row(team, name, figure(standard.unit(), tally.figure()), tally.numerator(), tally.denominator(),
				status, tally.breaches(), path(tenant, standard.id(), team, false),
				path(tenant, standard.id(), team, true));
	}

	/**
	 * The drill-down page of a standard, for a team or every case, breaches only or all.
	 */
	static String path(String tenant, String id, String team, boolean breaches) {
		UriComponentsBuilder path = UriComponentsBuilder.fromPath("/t/{tenant}/service-standards/{id}");
		if (team != null) {
			path.queryParam("team", team);
		}
		if (breaches) {
			path.queryParam("show", "breaches");
		}
		return path.buildAndExpand(tenant, id).encode().toUriString();
	}

	/** A figure as shown: a percentage to one decimal place, cases as a whole number. */
	static String figure(String unit, Double value) {
		if (value == null) {
			return null;
		}
		return switch (unit) {
			case "percent" -> String.format(Locale.ENGLISH, "%.1f%%", value);
			case "cases" -> String.format(Locale.ENGLISH, "%.0f", value);
			default -> String.format(Locale.ENGLISH, "%.1f", value);
		};
	}

	/** The target in words, e.g. "at least 75.0%", "at most 0 cases". */
	static String target(StandardFigure standard) {
		String value = figure(standard.unit(), standard.target());
		String unit = switch (standard.unit()) {
			case "percent" -> "";
			case "cases" -> " cases";
			default -> " cases per officer";
		};
		return (standard.atLeast() ? "at least " : "at most ") + value + unit;
	}

	/**
	 * One standard.
	 *
	 * @param target the target in words
	 * @param measure {@code within}, {@code clock}, {@code age} or {@code caseload}
	 * @param href its drill-down page
	 * @param rows every case first, then each team
	 */
	public record Card(String id, String title, String description, String target, String measure, String href,
			List<Row> rows) {
	}

	/**
	 * A figure of a standard, for every case ({@code team} null) or a team.
	 *
	 * @param team the team's id ({@code none} for cases with no team)
	 * @param name the team's name
	 * @param figure the figure as shown; {@code null} when there is nothing to count
	 * @param status {@code met}, {@code not-met} or {@code none} (nothing to count)
	 * @param href the cases behind the figure
	 * @param breachesHref the breaches
	 */
	public record Row(String team, String name, String figure, long numerator, long denominator, String status,
			long breaches, String href, String breachesHref) {
	}

}
