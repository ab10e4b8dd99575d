package org.candour.web.officer.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.candour.reports.ReportRuns;
import org.candour.web.officer.DateInput;

import org.springframework.util.MultiValueMap;

/**
 * The run form as sent: a period preset (or a custom period typed as two dates) and the
 * structure mode, checked and turned into a run request.
 *
 * @param preset the chosen preset's slug, or empty
 * @param from the custom period's first day as typed
 * @param to the custom period's last day as typed
 * @param structure {@code at-the-time} or {@code current}
 */
record RunForm(String preset, DateInput from, DateInput to, String structure) {

	static final String AT_THE_TIME = "at-the-time";

	static final String CURRENT = "current";

	static RunForm read(MultiValueMap<String, String> params) {
		String preset = params.getFirst("period");
		String structure = params.getFirst("structure");
		return new RunForm((preset == null) ? "" : preset, DateInput.read(params, "from"), DateInput.read(params, "to"),
				CURRENT.equals(structure) ? CURRENT : AT_THE_TIME);
	}

	/**
	 * The problems with what was sent, in the order of the form.
	 * @param offered the presets the form offered
	 * @param messages the text of a message key
	 */
	List<FormError> errors(List<PeriodPresets> offered, Function<String, String> messages) {
		List<FormError> errors = new ArrayList<>();
		Optional<PeriodPresets> chosen = PeriodPresets.of(this.preset).filter(offered::contains);
		if (chosen.isEmpty()) {
			errors.add(new FormError("period", "#period-" + offered.get(0).slug(),
					messages.apply("reports.run.error.period")));
			return errors;
		}
		if (chosen.get() != PeriodPresets.CUSTOM) {
			return errors;
		}
		check(this.from, messages.apply("reports.run.error.from"), errors);
		check(this.to, messages.apply("reports.run.error.to"), errors);
		if (errors.isEmpty() && this.to.date().get().isBefore(this.from.date().get())) {
			errors.add(new FormError("to", "#to-day", messages.apply("reports.run.error.reversed")));
		}
		return errors;
	}

	private static void check(DateInput field, String message, List<FormError> errors) {
		if (field.date().isEmpty()) {
			errors.add(new FormError(field.name(), "#" + field.name() + "-day", message));
		}
	}

	/** The run asked for; only when there are no {@link #errors}. */
	ReportRuns.Request request(LocalDate today) {
		PeriodPresets chosen = PeriodPresets.of(this.preset).orElseThrow();
		PeriodPresets.Period period = chosen.period(today)
			.orElseGet(() -> new PeriodPresets.Period(this.from.date().orElseThrow(), this.to.date().orElseThrow()));
		return new ReportRuns.Request(period.from(), period.to(), this.structure);
	}

}
