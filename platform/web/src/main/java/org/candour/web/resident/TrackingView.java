package org.candour.web.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.candour.cases.ResidentTracking.TrackedCase;
import org.candour.cases.ResidentTracking.TrackedClock;
import org.candour.cases.ResidentTracking;
import org.candour.definition.model.Transition;
import org.candour.web.forms.FormPages;
import org.candour.web.forms.FormReader;
import org.candour.web.forms.LocalText;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A tracked case in the resident's words and language. */
@Component
class TrackingView {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final MessageSource messages;

	TrackingView(MessageSource messages) {
		this.messages = messages;
	}

	/** The case on its own (as a stage of another, say). */
	Summary summary(TrackedCase tracked, Locale locale) {
		return summary(tracked, List.of(), locale);
	}

	/**
	 * The case with its other stages: once it has moved on to the next, it is not
	 * "closed" but passed on, and says where.
	 */
	Summary summary(TrackedCase tracked, List<Stage> stages, Locale locale) {
		String status = LocalText.of(tracked.publicLabel(), locale);
		if (status == null) {
			status = LocalText.of(tracked.stateLabel(), locale);
		}
		List<Stage> later = stages.stream().filter(Stage::later).toList();
		List<Row> dates = new ArrayList<>();
		dates.add(new Row(text("resident.track.received", locale), date(tracked.receivedAt(), locale)));
		for (TrackedClock clock : tracked.clocks()) {
			String label = LocalText.of(clock.label(), locale);
			dates.add(new Row(label == null ? clock.id() : label, clockText(clock, locale)));
		}
		if (tracked.closedAt() != null) {
			dates.add(new Row(text(later.isEmpty() ? "resident.track.closed" : "resident.track.moved", locale),
					date(tracked.closedAt(), locale)));
		}
		return new Summary(tracked.reference(), LocalText.of(tracked.feedbackTypeTitle(), locale), status,
				"closed".equals(tracked.stateCategory()) && later.isEmpty(), dates, later,
				stages.stream().filter(stage -> !stage.later()).toList());
	}

	/** Another stage of the case, with the address of its own tracking page. */
	Stage stage(ResidentTracking.Stage stage, String trackUrl, Locale locale) {
		return new Stage(stage.later(), trackUrl, summary(stage.tracked(), locale));
	}

	List<Action> actions(TrackedCase tracked, String trackUrl, Locale locale) {
		return tracked.publicActions()
			.stream()
			.map(transition -> new Action(buttonText(transition, locale), trackUrl + "/" + transition.action()))
			.toList();
	}

	/** A public action's inputs as one page of questions, asked like any form. */
	static FormPages inputsForm(Transition transition, Locale locale) {
		return FormReader.inputsOf(transition, buttonText(transition, locale), locale);
	}

	/** Its resident wording: actions without one are not offered to residents. */
	private static String buttonText(Transition transition, Locale locale) {
		return LocalText.of(transition.publicLabel(), locale);
	}

	private String clockText(TrackedClock clock, Locale locale) {
		if (clock.stoppedAt() != null) {
			return text("resident.track.done", locale, date(clock.stoppedAt(), locale));
		}
		if (clock.paused()) {
			return text("resident.track.paused", locale);
		}
		if (clock.overdue()) {
			return text("resident.track.late", locale, date(clock.dueDate(), locale));
		}
		return text("resident.track.due", locale, date(clock.dueDate(), locale));
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	static String date(Instant instant, Locale locale) {
		return date(instant.atZone(UK).toLocalDate(), locale);
	}

	static String date(LocalDate date, Locale locale) {
		return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
	}

	/**
	 * The case as the tracking page shows it.
	 *
	 * @param reference its reference
	 * @param type its feedback type, in residents' words
	 * @param status its status in plain words
	 * @param closed whether it is over (closed, and not passed on to a next stage)
	 * @param dates its key dates
	 * @param later the stages it moved on to
	 * @param earlier the stages it continues
	 */
	record Summary(String reference, String type, String status, boolean closed, List<Row> dates, List<Stage> later,
			List<Stage> earlier) {
	}

	/**
	 * Another stage of a case.
	 *
	 * @param later whether it is the next stage rather than the one before
	 * @param url its tracking page
	 * @param summary the stage as its own tracking page shows it
	 */
	record Stage(boolean later, String url, Summary summary) {
	}

	/** A key date. */
	record Row(String label, String value) {
	}

	/** A button for a public action. */
	record Action(String label, String url) {
	}

}
