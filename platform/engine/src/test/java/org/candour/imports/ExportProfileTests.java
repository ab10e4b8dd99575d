package org.candour.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.candour.api.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the mapping builder shows of an export: its columns in file order and the values
 * of each with their row counts, one spelling per value whatever its case.
 */
class ExportProfileTests {

	@Test
	void theShippedSampleShowsItsColumnsAndItsStatusesCountedWhateverTheirCase() throws Exception {
		ExportProfile profile = ExportProfile.read("legacy-complaints.csv",
				Files.readAllBytes(ImportIntegrationTests.SAMPLES.resolve("legacy-complaints.csv")));

		assertThat(profile.rows()).isEqualTo(1000);
		assertThat(profile.columns()).startsWith("Case ID", "Date Received", "Complainant")
			.endsWith("Date Closed", "Outcome")
			.hasSize(15);
		assertThat(profile.of("Status")).first().isEqualTo(new ExportProfile.Value("Closed", 529));
		assertThat(profile.of("Status")).extracting(ExportProfile.Value::value)
			.containsExactlyInAnyOrder("Closed", "Complete", "Responded", "New", "Open", "With service",
					"Pending Review");
		assertThat(profile.of("Outcome")).extracting(ExportProfile.Value::value)
			.as("blank outcomes are not a value")
			.doesNotContain("")
			.contains("Sort of upheld");
		assertThat(profile.cut()).contains("Case ID").doesNotContain("Status");
	}

	@Test
	void aColumnWithManyValuesKeepsTheFirstTwoHundred() {
		String csv = "Ref\n" + IntStream.rangeClosed(1, 250).mapToObj(i -> "R" + i).collect(Collectors.joining("\n"));

		ExportProfile profile = ExportProfile.read("many.csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(profile.rows()).isEqualTo(250);
		assertThat(profile.of("Ref")).hasSize(ExportProfile.LISTED);
		assertThat(profile.cut()).containsExactly("Ref");
	}

	@Test
	void aHeaderThatNamesAColumnTwiceIsRefusedAtTheFileFieldNamingIt() {
		assertThatThrownBy(() -> ExportProfile.read("two-statuses.csv",
				"Case ID,Status,Date Received,Status\n1,Open,1 May 2025,Closed".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(Refusal.class,
					refusal -> assertThat(refusal.violations()).singleElement().satisfies(violation -> {
						assertThat(violation.pointer()).isEqualTo("/file");
						assertThat(violation.message()).contains("names Status more than once");
					}));
	}

	@Test
	void theHeaderCheckBeforeARunReadsAWorkbooksHeaderAndRefusesItOnlyWhenANameRepeats() throws IOException {
		ExportProfile.checkHeader("export.xlsx", workbook("Case ID", "Status", "Subject"));

		assertThatThrownBy(() -> ExportProfile.checkHeader("export.xlsx", workbook("Case ID", "Status", "Status")))
			.isInstanceOfSatisfying(Refusal.class,
					refusal -> assertThat(refusal.violations()).singleElement().satisfies(violation -> {
						assertThat(violation.pointer()).isEqualTo("/file");
						assertThat(violation.code()).isEqualTo("import.file-repeated-column");
					}));
	}

	@Test
	void aFileThatIsNeitherCsvNorExcelIsRefusedAtTheFileField() {
		assertThatThrownBy(() -> ExportProfile.read("notes.txt", "a,b".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.violations()).singleElement()
				.satisfies(violation -> assertThat(violation.pointer()).isEqualTo("/file")));
		assertThatThrownBy(() -> ExportProfile.read("broken.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.violations()).singleElement()
				.satisfies(violation -> assertThat(violation.pointer()).isEqualTo("/file")));
	}

	/** A workbook whose header row has these names and whose next two rows fill them. */
	private static byte[] workbook(String... names) throws IOException {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
			var sheet = workbook.createSheet("Export");
			for (int r = 0; r < 3; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < names.length; c++) {
					row.createCell(c).setCellValue(r == 0 ? names[c] : names[c] + " " + r);
				}
			}
			workbook.write(file);
		}
		return file.toByteArray();
	}

}
