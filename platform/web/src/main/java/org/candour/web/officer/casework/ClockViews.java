package org.candour.web.officer.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.candour.definition.model.ClockDefinition;
import org.candour.web.forms.LocalText;
import org.candour.workflow.CaseClock;
import org.candour.workflow.Rag;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A case's clocks in words: what each measures, its due date exactly as the engine
 * computed it, its status and how close it is to due (in words and a tag colour), its
 * pauses, extensions and restarts.
 */
@Component
class ClockViews {

	private final MessageSource messages;

	private final Clock clock;

	ClockViews(MessageSource messages, Optional<Clock> clock) {
		this.messages = messages;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	List<ClockView> of(OpenCase open) {
		Instant now = this.clock.instant();
		List<ClockView> views = new ArrayList<>();
		for (CaseClock running : open.feedbackCase().current().clocks()) {
			ClockDefinition definition = open.configuration().workflow().clocks().get(running.id());
			String label = definition == null ? running.id() : LocalText.of(definition.label(), open.locale());
			Rag rag = definition == null ? null : open.configuration().clocks().rag(running, definition, now);
			List<String> pauses = new ArrayList<>();
			running.pauses()
				.forEach(pause -> pauses.add(pause.to() == null ? text("casework.clock.paused-since", day(pause.from()))
						: text("casework.clock.paused-between", day(pause.from()), day(pause.to()))));
			List<String> extensions = new ArrayList<>();
			running.extensions()
				.forEach(extension -> extensions.add(text("casework.clock.extended", extension.amount(),
						extension.reason() == null ? "" : extension.reason(), extension.by(),
						CaseTime.day(extension.at(), open.zone()))));
			List<String> restarts = new ArrayList<>();
			running.earlierPeriods()
				.forEach(period -> restarts.add((period.reason() == null || period.reason().isBlank())
						? text("casework.clock.restarted", CaseTime.day(period.restartedAt(), open.zone()),
								period.restartedBy(), day(period.dueDate()))
						: text("casework.clock.restarted-because", CaseTime.day(period.restartedAt(), open.zone()),
								period.restartedBy(), day(period.dueDate()), period.reason())));
			views.add(new ClockView(running.id(), label == null ? running.id() : label, status(running, rag),
					tag(running, rag), running.dueDate(), day(running.dueDate()),
					CaseTime.day(running.startedAt(), open.zone()),
					running.stoppedAt() == null ? null : CaseTime.day(running.stoppedAt(), open.zone()), pauses,
					extensions, restarts));
		}
		return views;
	}

	private String status(CaseClock running, Rag rag) {
		String status = text("casework.clock.status." + running.status().wire());
		if (running.stopped() || rag == null || running.paused()) {
			return status;
		}
		return status + " – " + text("casework.clock.rag." + rag.name().toLowerCase(java.util.Locale.ROOT));
	}

	private static String tag(CaseClock running, Rag rag) {
		if (running.status() == CaseClock.Status.BREACHED || rag == Rag.RED || rag == Rag.BREACHED) {
			return "govuk-tag--red";
		}
		if (running.status() == CaseClock.Status.MET) {
			return "govuk-tag--green";
		}
		if (running.paused()) {
			return "govuk-tag--grey";
		}
		return rag == Rag.AMBER ? "govuk-tag--yellow" : "govuk-tag--blue";
	}

	static String day(LocalDate date) {
		return CaseTime.day(date);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, java.util.Locale.ENGLISH);
	}

}
