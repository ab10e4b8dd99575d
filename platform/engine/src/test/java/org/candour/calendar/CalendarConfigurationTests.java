package org.candour.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarConfigurationTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(CalendarConfiguration.class);

	@TempDir
	Path directory;

	@Test
	void usesTheShippedBankHolidaysByDefault() {
		this.contexts.run(context -> assertThat(context.getBean(BankHolidays.class).lastCovered())
			.isEqualTo(BankHolidays.shipped().lastCovered()));
	}

	@Test
	void usesTheOperatorsFileWhenOneIsSet() throws IOException {
		Path file = Files.writeString(this.directory.resolve("newer.json"), """
				{"england-and-wales": {"events": [{"date": "2030-01-01"}]},
				 "scotland": {"events": [{"date": "2030-01-02"}]},
				 "northern-ireland": {"events": [{"date": "2030-03-18"}]}}
				""");
		this.contexts.withPropertyValues("candour.calendar.bank-holidays-file=" + file)
			.run(context -> assertThat(context.getBean(BankHolidays.class).lastCovered()).isEqualTo("2030-12-31"));
	}

	@Test
	void failsAtStartupWhenTheOperatorsFileIsMissing() {
		this.contexts.withPropertyValues("candour.calendar.bank-holidays-file=" + this.directory.resolve("none.json"))
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("candour.calendar.bank-holidays-file")
				.hasStackTraceContaining("does not exist"));
	}

	@Test
	void failsAtStartupWhenTheOperatorsFileIsMalformed() throws IOException {
		Path file = Files.writeString(this.directory.resolve("broken.json"), "{\"scotland\": {}}");
		this.contexts.withPropertyValues("candour.calendar.bank-holidays-file=" + file)
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("candour.calendar.bank-holidays-file")
				.hasStackTraceContaining("/england-and-wales/events is missing or empty"));
	}

}
