package org.candour.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BankHolidaysTests {

	@TempDir
	Path directory;

	@Test
	void shipsEveryDivisionFrom2018To2027() {
		BankHolidays shipped = BankHolidays.shipped();
		assertThat(shipped.of(Division.ENGLAND_AND_WALES)).hasSize(83).contains(LocalDate.parse("2022-09-19"));
		assertThat(shipped.of(Division.SCOTLAND)).hasSize(93).contains(LocalDate.parse("2022-11-30"));
		assertThat(shipped.of(Division.NORTHERN_IRELAND)).hasSize(103).contains(LocalDate.parse("2023-07-12"));
		assertThat(shipped.firstCovered()).isEqualTo("2018-01-01");
		assertThat(shipped.lastCovered()).isEqualTo("2027-12-31");
	}

	@Test
	void loadsANewerFileInTheShapeOfTheFeed() throws IOException {
		Path file = write("""
				{"england-and-wales": {"division": "england-and-wales", "events": [
				  {"title": "New Year’s Day", "date": "2028-01-03", "notes": "Substitute day", "bunting": true}]},
				 "scotland": {"division": "scotland", "events": [
				  {"title": "2nd January", "date": "2028-01-04", "notes": "Substitute day", "bunting": true}]},
				 "northern-ireland": {"division": "northern-ireland", "events": [
				  {"title": "St Patrick’s Day", "date": "2028-03-17", "notes": "", "bunting": true}]}}
				""");
		try (InputStream in = Files.newInputStream(file)) {
			BankHolidays holidays = BankHolidays.load(in);
			assertThat(holidays.of(Division.SCOTLAND)).containsExactly(LocalDate.parse("2028-01-04"));
			assertThat(holidays.of(Division.NORTHERN_IRELAND)).containsExactly(LocalDate.parse("2028-03-17"));
			assertThat(holidays.covers(LocalDate.parse("2028-12-31"))).isTrue();
			assertThat(holidays.covers(LocalDate.parse("2027-12-31"))).isFalse();
		}
	}

	@Test
	void refusesAFileThatIsNotJson() {
		assertThatExceptionOfType(InvalidBankHolidaysException.class).isThrownBy(() -> load("{\"scotland\": ["))
			.withMessageContaining("not valid JSON");
	}

	@Test
	void refusesAFileWithoutEveryDivision() {
		assertThatExceptionOfType(InvalidBankHolidaysException.class)
			.isThrownBy(() -> load("{\"england-and-wales\": {\"events\": [{\"date\": \"2028-01-03\"}]}}"))
			.withMessageContaining("/scotland/events is missing or empty");
	}

	@Test
	void refusesAnEventWithoutAValidDate() {
		String json = """
				{"england-and-wales": {"events": [{"date": "2028-01-03"}, {"date": "3 January 2028"}]},
				 "scotland": {"events": [{"date": "2028-01-03"}]},
				 "northern-ireland": {"events": [{"title": "no date"}]}}
				""";
		assertThatExceptionOfType(InvalidBankHolidaysException.class).isThrownBy(() -> load(json))
			.withMessageContaining("/england-and-wales/events/1/date is not a date");
	}

	@Test
	void refusesAnArrayInsteadOfDivisions() {
		assertThatExceptionOfType(InvalidBankHolidaysException.class).isThrownBy(() -> load("[]"))
			.withMessageContaining("keyed by division");
	}

	@Test
	void findsDivisionsByTheirFeedKey() {
		assertThat(Division.fromId("northern-ireland")).isEqualTo(Division.NORTHERN_IRELAND);
		assertThatIllegalArgumentException().isThrownBy(() -> Division.fromId("wales"))
			.withMessageContaining("england-and-wales, scotland, northern-ireland");
	}

	private Path write(String json) throws IOException {
		return Files.writeString(this.directory.resolve("bank-holidays.json"), json);
	}

	private static BankHolidays load(String json) {
		return BankHolidays.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

}
