package org.candour.calendar;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The controller alone: tenancy, security and Open311 (its own filter and errors) are
 * left out (roles are enforced and tested with the whole application, in the security
 * module's tests).
 */
@WebMvcTest(controllers = CalendarController.class,
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.candour\\.(tenancy|security|open311)\\..*"))
@AutoConfigureMockMvc(addFilters = false)
class CalendarControllerTests {

	private static final String CALENDAR = "/api/tenants/acme/calendar";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	TenantCalendars calendars;

	@BeforeEach
	void useTheEnglishCalendar() {
		given(this.calendars.current()).willReturn(
				new WorkingDayCalendar(BankHolidays.shipped(), CalendarSpec.defaults(Division.ENGLAND_AND_WALES)));
	}

	@Test
	void addsWorkingDaysFromTheDayOfReceipt() {
		assertThat(this.mvc.get().uri(CALENDAR + "/add?from=2026-05-01&workingDays=5")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"due\": \"2026-05-11\"}");
	}

	@Test
	void addsCalendarMonthsMovingADueDateOnANonWorkingDayToTheNextWorkingDay() {
		assertThat(this.mvc.get().uri(CALENDAR + "/add?from=2027-01-31&months=1")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo(
					"{\"due\": \"2027-03-01\", \"bankHolidaysKnown\": true, \"bankHolidaysLastYear\": 2027}");
		assertThat(this.mvc.get().uri(CALENDAR + "/add?from=2026-07-01&months=1")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"due\": \"2026-08-03\"}");
		assertThat(this.mvc.get().uri(CALENDAR + "/add?from=2026-04-30&months=1")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"due\": \"2026-06-01\"}");
	}

	@Test
	void saysWhenTheBankHolidayDataDoesNotCoverTheDueDate() {
		assertThat(this.mvc.get().uri(CALENDAR + "/add?from=2028-01-31&months=1")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo(
					"{\"due\": \"2028-02-29\", \"bankHolidaysKnown\": false, \"bankHolidaysLastYear\": 2027}");
	}

	@Test
	void countsWorkingDaysBetweenTwoDates() {
		assertThat(this.mvc.get().uri(CALENDAR + "/between?from=2026-11-25&to=2026-11-18")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"workingDays\": -5}");
	}

	@Test
	void tellsWhetherADateIsAWorkingDay() {
		assertThat(this.mvc.get().uri(CALENDAR + "/working-day?date=2022-09-19")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"date\": \"2022-09-19\", \"workingDay\": false}");
	}

	@Test
	void refusesBadParametersWithAPointerAndACode() {
		List.of(new String[] { "/add?workingDays=5", "/from", "required" },
				new String[] { "/add?from=2026-02-30&workingDays=5", "/from", "invalid-date" },
				new String[] { "/add?from=18/11/2026&workingDays=5", "/from", "invalid-date" },
				new String[] { "/add?from=2026-11-18&workingDays=five", "/workingDays", "invalid-number" },
				new String[] { "/add?from=2026-11-18&workingDays=-1", "/workingDays", "out-of-range" },
				new String[] { "/add?from=2026-11-18&workingDays=3651", "/workingDays", "out-of-range" },
				new String[] { "/between?from=2026-11-18&to=2227-01-01", "/to", "out-of-range" },
				new String[] { "/add?from=2026-11-18", "/workingDays", "required" },
				new String[] { "/add?from=2026-11-18&workingDays=5&months=1", "/months", "exclusive" },
				new String[] { "/add?from=2026-11-18&months=one", "/months", "invalid-number" },
				new String[] { "/add?from=2026-11-18&months=1201", "/months", "out-of-range" },
				new String[] { "/working-day?date=", "/date", "required" })
			.forEach(bad -> assertThat(this.mvc.get().uri(CALENDAR + bad[0])).hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson()
				.isLenientlyEqualTo("{\"errors\": [{\"pointer\": \"" + bad[1] + "\", \"code\": \"" + bad[2] + "\"}]}"));
	}

}
