package org.candour.web;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A county tenant's administrator, with no mapping saved, builds one from the shipped
 * legacy export on the pages: the start and the columns step refuse what is missing on
 * their fields; the columns are suggested from the headers and the rest chosen by hand;
 * every old directorate, status and outcome the shipped mapping names is given its unit,
 * state or code. The saved mapping then checks and imports the sample with the same
 * counts as the shipped mapping. Changed with the same export, it starts from its saved
 * choices (the columns and values no header or spelling suggests), and a status mapped
 * afterwards lets its row import. An auditor cannot build one. Axe on every page, the
 * error states included.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class AdminImportMappingBrowserTests {

	private static final Path SAMPLES = Path.of("../../tenant-configs/samples");

	@Autowired
	AdminTenants adminTenants;

	@Test
	void anAdministratorMapsTheSampleExportOnThePagesThenImportsIt(Page page, Page auditor,
			Browsers.Screenshots screenshots) throws Exception {
		JsonNode shipped = JsonMapper.builder()
			.build()
			.readTree(Files.readString(SAMPLES.resolve("legacy-complaints.mapping.json")));
		AdminTenant tenant = this.adminTenants.county();
		OfficerSignIn.as(page, tenant.id, AdminTenant.ADMIN);
		page.navigate("/t/" + tenant.id + "/admin/imports");
		assertThat(page.locator("#no-mappings")).isVisible();
		Keyboard.press(page, page.locator("#new-mapping"));
		assertThat(page.locator("h1")).hasText("Create an import mapping");
		Accessibility.assertNoViolations(page);

		Keyboard.press(page, page.locator("#continue"));
		assertThat(page.locator(".govuk-error-summary a[href='#title']")).hasText("Enter a name for the mapping");
		assertThat(page.locator(".govuk-error-summary a[href='#feedbackType']"))
			.hasText("Choose the feedback type the cases are");
		assertThat(page.locator(".govuk-error-summary a[href='#file']"))
			.hasText("Choose the export: a CSV or Excel (.xlsx) file");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "1-start-refused");

		page.locator("#title").fill("Complaints from the old CRM");
		page.locator("#feedbackType").selectOption("complaint-stage-1");
		page.locator("#file").setInputFiles(SAMPLES.resolve("legacy-complaints.csv"));
		Keyboard.press(page, page.locator("#continue"));

		assertThat(page.locator("h1")).hasText("Which column holds what");
		assertThat(page.locator("#file-summary")).containsText("15 columns and 1000 rows");
		assertThat(page.locator("#keyColumn")).hasValue("Case ID");
		assertThat(page.locator("#receivedColumn")).hasValue("Date Received");
		assertThat(page.locator("#stateColumn")).hasValue("Status");
		assertThat(page.locator("#orgUnitColumn")).hasValue("Directorate");
		assertThat(page.locator("#assigneeColumn")).hasValue("Officer");
		assertThat(page.locator("#outcomeColumn")).hasValue("Outcome");
		assertThat(page.locator("#outcomeField")).hasValue("decision");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "2-columns-suggested");

		page.locator("#keyColumn").selectOption("");
		Keyboard.press(page, page.locator("#continue"));
		assertThat(page.locator(".govuk-error-summary a[href='#keyColumn']"))
			.hasText("Choose the column of the old system's case number");
		Accessibility.assertNoViolations(page);
		page.locator("#keyColumn").selectOption("Case ID");
		shipped.path("fields")
			.properties()
			.forEach(field -> questionWithHint(page, field.getKey()).selectOption(field.getValue().asString()));
		shipped.path("dates")
			.forEach(date -> assertThat(page.locator("select[name^='date-']")
				.filter(new Locator.FilterOptions()
					.setHas(page.locator("option[value='" + date.path("column").asString() + "']:checked"))))
				.hasCount(1));
		Keyboard.press(page, page.locator("#continue"));

		assertThat(page.locator("h1")).hasText("What each old value becomes");
		assertThat(page.locator("#state-table")).containsText("529 rows");
		Accessibility.assertNoViolations(page);
		choose(page, "#unit-table", shipped.path("orgUnit").path("values"));
		choose(page, "#state-table", shipped.path("state").path("values"));
		choose(page, "#outcome-table", shipped.path("outcome").path("values"));
		screenshots.save(page, "3-values-chosen");
		Keyboard.press(page, page.locator("#save"));

		assertThat(page.locator("#saved")).containsText("Mapping Complaints from the old CRM saved");
		assertThat(page.locator("#mappingId")).hasValue("complaints-from-the-old-crm");
		Accessibility.assertNoViolations(page);
		page.locator("#file").setInputFiles(SAMPLES.resolve("legacy-complaints.csv"));
		page.locator("input[name=dryRun][value='true']").check();
		Keyboard.press(page, page.locator("#run"));
		assertThat(page.locator("h1")).hasText("Dry run report");
		assertThat(page.locator("#imported")).hasText("991");
		assertThat(page.locator("#skipped")).hasText("1");
		assertThat(page.locator("#failed")).hasText("8");

		Keyboard.press(page, page.locator("#back-to-imports"));
		page.locator("#file").setInputFiles(SAMPLES.resolve("legacy-complaints.csv"));
		page.locator("#mappingId").selectOption("complaints-from-the-old-crm");
		page.locator("input[name=dryRun][value='false']").check();
		Keyboard.press(page, page.locator("#run"));
		assertThat(page.locator("h1")).hasText("Import report");
		assertThat(page.locator("#status")).hasText("finished");
		assertThat(page.locator("#imported")).hasText("991");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "4-imported-with-the-built-mapping");

		page.navigate("/t/" + tenant.id + "/admin/imports/mappings/complaints-from-the-old-crm");
		Keyboard.press(page, page.locator("#change-mapping"));
		assertThat(page.locator("h1")).hasText("Change an import mapping");
		assertThat(page.locator("#title")).hasValue("Complaints from the old CRM");
		Accessibility.assertNoViolations(page);
		page.locator("#file").setInputFiles(SAMPLES.resolve("legacy-complaints.csv"));
		Keyboard.press(page, page.locator("#continue"));
		assertThat(questionWithHint(page, "/summary")).hasValue("Subject");
		Keyboard.press(page, page.locator("#continue"));
		assertThat(page.locator("#state-table").getByLabel("Open", new Locator.GetByLabelOptions().setExact(true)))
			.hasValue("acknowledged");
		page.locator("#state-table")
			.getByLabel("Pending Review", new Locator.GetByLabelOptions().setExact(true))
			.selectOption("new");
		Keyboard.press(page, page.locator("#save"));
		assertThat(page.locator("#saved")).isVisible();
		page.locator("#file").setInputFiles(SAMPLES.resolve("legacy-complaints.csv"));
		page.locator("#mappingId").selectOption("complaints-from-the-old-crm");
		Keyboard.press(page, page.locator("#run"));
		assertThat(page.locator("#imported")).hasText("1");
		assertThat(page.locator("#skipped")).hasText("992");
		assertThat(page.locator("#failed")).hasText("7");

		OfficerSignIn.as(auditor, tenant.id, AdminTenant.AUDITOR);
		Response refused = auditor.navigate("/t/" + tenant.id + "/admin/imports/mappings/new");
		assertThat(refused.status()).isEqualTo(403);
		auditor.navigate("/t/" + tenant.id + "/admin/imports");
		assertThat(auditor.locator("#new-mapping")).hasCount(0);
		auditor.navigate("/t/" + tenant.id + "/admin/imports/mappings/complaints-from-the-old-crm");
		assertThat(auditor.locator("#states")).containsText("Pending Review");
		assertThat(auditor.locator("#change-mapping")).hasCount(0);
	}

	/** The select of the form question whose hint is its field's pointer. */
	private static Locator questionWithHint(Page page, String pointer) {
		return page.locator(".govuk-form-group")
			.filter(new Locator.FilterOptions()
				.setHas(page.locator(".govuk-hint").getByText(pointer, new Locator.GetByTextOptions().setExact(true))))
			.locator("select");
	}

	/** In one value table, each old value's select set as the shipped mapping has it. */
	private static void choose(Page page, String table, JsonNode values) {
		values.properties()
			.forEach(value -> page.locator(table)
				.getByLabel(value.getKey(), new Locator.GetByLabelOptions().setExact(true))
				.selectOption(value.getValue().asString()));
		assertThat(values.size()).isPositive();
	}

}
