package org.candour.web.officer.reports;

import java.time.LocalDate;
import java.util.List;

import org.candour.definition.model.ReportDefinition;
import org.candour.reports.ReportRuns;
import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The run form's periods: presets as days, custom dates checked, what is offered. */
class RunFormTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

	private static final List<PeriodPresets> QUARTERLY = PeriodPresets
		.offered(new ReportDefinition.Period("quarter", null));

	@Test
	void presetsAreFinancialYearsQuartersAndMonthsAroundToday() {
		assertThat(request("period", "this-financial-year"))
			.isEqualTo(new ReportRuns.Request(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), "at-the-time"));
		assertThat(request("period", "last-quarter", "structure", "current"))
			.isEqualTo(new ReportRuns.Request(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), "current"));
		assertThat(request("period", "last-month"))
			.isEqualTo(new ReportRuns.Request(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), "at-the-time"));
	}

	@Test
	void aCustomPeriodNeedsTwoRealDatesInOrder() {
		assertThat(errors("period", "custom", "from-day", "31", "from-month", "2", "from-year", "2026"))
			.extracting(FormError::field)
			.containsExactly("from", "to");
		assertThat(errors("period", "custom", "from-day", "2", "from-month", "3", "from-year", "2026", "to-day", "1",
				"to-month", "3", "to-year", "2026"))
			.extracting(FormError::message)
			.containsExactly("reports.run.error.reversed");
		assertThat(request("period", "custom", "from-day", "1", "from-month", "3", "from-year", "2026", "to-day", "1",
				"to-month", "3", "to-year", "2026"))
			.isEqualTo(new ReportRuns.Request(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), "at-the-time"));
	}

	@Test
	void everyCaseWhateverItsDateIsOfferedOnlyForAReportWithoutAPeriod() {
		assertThat(PeriodPresets.offered(null)).startsWith(PeriodPresets.THIS_FINANCIAL_YEAR)
			.contains(PeriodPresets.ALL_TIME);
		assertThat(PeriodPresets.suggested(null)).isEqualTo(PeriodPresets.ALL_TIME);
		assertThat(QUARTERLY).doesNotContain(PeriodPresets.ALL_TIME);
		assertThat(errors("period", "all-time")).extracting(FormError::href)
			.containsExactly("#period-this-financial-year");
		assertThat(errors("period", "next-century")).hasSize(1);
	}

	private static List<FormError> errors(String... fields) {
		return RunForm.read(params(fields)).errors(QUARTERLY, key -> key);
	}

	private static ReportRuns.Request request(String... fields) {
		RunForm form = RunForm.read(params(fields));
		assertThat(form.errors(QUARTERLY, key -> key)).isEmpty();
		return form.request(TODAY);
	}

	private static MultiValueMap<String, String> params(String... fields) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			params.add(fields[i], fields[i + 1]);
		}
		return params;
	}

}
