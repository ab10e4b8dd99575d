package org.candour.web.officer.queues;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.candour.queues.QueueRow;
import org.candour.web.forms.LocalText;
import org.candour.web.officer.OfficerPaths;

/**
 * A row of the queue table, in words.
 *
 * @param reference the case reference
 * @param href the case screen
 * @param selectValue what the row's checkbox sends: reference and the version shown
 * @param type the feedback type's title
 * @param summary the case summary
 * @param orgUnit the name of the unit the case is about
 * @param officer the officer it is allocated to, or {@code null}
 * @param team the name of the team it is allocated to, or {@code null}
 * @param state the state's label
 * @param received the day it was received
 * @param dueDate the nearest due date, or {@code null} when no clock runs
 * @param clock the name of that clock
 * @param status its status in words
 * @param paused whether that clock is paused
 * @param riskFlags the labels of the high-risk flags its risk assessment records, joined
 * ({@code null} when none)
 * @param reassessRisk whether its case data changed after its risk assessment
 */
record QueueRowView(String reference, String href, String selectValue, String type, String summary, String orgUnit,
		String officer, String team, String state, String received, String dueDate, String clock, DueStatus status,
		boolean paused, String riskFlags, boolean reassessRisk) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	static QueueRowView of(String tenant, QueueRow row, QueueVocabulary vocabulary) {
		QueueRow.NearestClock nearest = row.nearest();
		return new QueueRowView(row.reference(), OfficerPaths.caseScreen(tenant, row.reference()),
				BulkSelection.value(row.reference(), row.version()), vocabulary.feedbackType(row.feedbackType()),
				row.summary(), row.orgUnit() == null ? null : vocabulary.orgUnits().name(row.orgUnit()), row.officer(),
				row.team() == null ? null : vocabulary.orgUnits().name(row.team()),
				vocabulary.state(row.feedbackType(), row.state()),
				DAY.format(row.receivedAt().atZone(vocabulary.zone())),
				nearest == null ? null : DAY.format(nearest.dueDate()),
				nearest == null ? null : LocalText.of(nearest.label(), Locale.ENGLISH, nearest.id()),
				nearest == null ? null : DueStatus.of(nearest.rag()), nearest != null && nearest.paused(),
				riskFlags(row, vocabulary), row.reassessRisk());
	}

	private static String riskFlags(QueueRow row, QueueVocabulary vocabulary) {
		if (row.riskFlags().isEmpty()) {
			return null;
		}
		return String.join(", ",
				vocabulary.riskFlags()
					.stream()
					.filter(option -> row.riskFlags().contains(option.value()))
					.map(Option::label)
					.toList());
	}

}
