package org.candour.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bank holidays every tenant's calendar uses: the operator's file when
 * {@code candour.calendar.bank-holidays-file} is set (startup fails when it is missing or
 * malformed), otherwise the copy shipped with the platform.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarSettings.class)
class CalendarConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(CalendarConfiguration.class);

	@Bean
	BankHolidays bankHolidays(CalendarSettings settings) {
		Path file = settings.bankHolidaysFile();
		BankHolidays holidays = (file != null) ? fromFile(file) : BankHolidays.shipped();
		logger.info("Bank holidays from {} cover {} to {}", (file != null) ? file : "the shipped copy",
				holidays.firstCovered(), holidays.lastCovered());
		return holidays;
	}

	private static BankHolidays fromFile(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("candour.calendar.bank-holidays-file: " + file.toAbsolutePath()
					+ " does not exist or is not a file");
		}
		try (InputStream in = Files.newInputStream(file)) {
			return BankHolidays.load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("candour.calendar.bank-holidays-file: " + file.toAbsolutePath()
					+ " cannot be read: " + ex.getMessage(), ex);
		}
		catch (InvalidBankHolidaysException ex) {
			throw new IllegalStateException(
					"candour.calendar.bank-holidays-file: " + file.toAbsolutePath() + ": " + ex.getMessage(), ex);
		}
	}

}
