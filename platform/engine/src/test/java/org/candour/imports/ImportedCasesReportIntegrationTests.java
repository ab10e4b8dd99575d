package org.candour.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;

import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.reports.ReportRunner;
import org.candour.reports.ReportTable;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.support.TestTokens;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imported complaints answered in February 2025 (no bank holiday) count in the county's
 * "responded within timescale" report for their quarter as their recorded dates say.
 * Worked out by hand: a stage 1 response is due 10 working days after the
 * acknowledgement, so acknowledged on Tue 4 Feb it is due Tue 18 Feb (answered 14 Feb:
 * met; 28 Feb: breached), acknowledged on Thu 6 Feb it is due Thu 20 Feb (answered that
 * day: met; on the 21st: breached). The fifth, not yet answered, is not counted.
 */
@CandourIntegrationTest
class ImportedCasesReportIntegrationTests {

	private static final String CSV = """
			Case ID,Date Received,Complainant,Directorate,Service,Subject,Complaint Details,Status,Date Acknowledged,Date Responded,Date Closed,Outcome
			F1,03/02/2025,Ann Example,Customer Services,customer-services,On hold,Kept on hold,Complete,04/02/2025,14/02/2025,14/02/2025,Upheld
			F2,2025-02-03,Ben Example,Customer Services,customer-services,On hold,Kept on hold,Complete,2025-02-04,2025-02-28,2025-02-28,Not Upheld
			F3,5 Feb 2025,Cat Example,Customer Services,customer-services,On hold,Kept on hold,Closed,6 Feb 2025,20 Feb 2025,21 Feb 2025,Upheld
			F4,05/02/2025 10:15,Dan Example,Customer Services,customer-services,On hold,Kept on hold,Closed,06/02/2025 11:00,21/02/2025 16:00,21/02/2025,
			F5,10/02/2025,Eve Example,Customer Services,customer-services,On hold,Kept on hold,Open,11/02/2025,,,
			""";

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestTokens tokens;

	@Autowired
	TestClock clock;

	@Autowired
	ActiveConfigurations configurations;

	@Autowired
	ReportRunner runner;

	@Test
	void importedClosedCasesCountAsMetOrBreachedByTheirRecordedDates() throws IOException {
		this.clock.set("2025-06-02T09:00:00Z");
		String tenant = this.testTenants.withShippedPack("imports-report", "county-council");
		JsonNode mapping = Api
			.json(Files.readString(ImportIntegrationTests.SAMPLES.resolve("legacy-complaints.mapping.json")));
		this.api.put("/api/tenants/" + tenant + "/import-mappings/legacy-complaints", mapping);
		Api.Response started = this.api.postFile(
				"/api/tenants/" + tenant + "/imports?mappingId=legacy-complaints&dryRun=false", "file", "fixture.csv",
				CSV.getBytes(StandardCharsets.UTF_8), this.tokens.memberOf(tenant));
		JsonNode run = this.api.get("/api/tenants/" + tenant + "/imports/" + started.body().path("importId").asString())
			.body();
		assertThat(ImportIntegrationTests.counts(run)).as(run.toString()).containsExactly(5, 0, 0);

		ReportTable table = TenantContext.callAs(CurrentTenant.pooled(tenant), () -> {
			CompiledConfiguration model = this.configurations.require().model();
			return this.runner.run(model.reports().get("complaints-responded-within-timescale"), new ReportRunner.Run(
					LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), null, model.orgStructure()));
		});

		assertThat(table.totals().get("responded").value()).isEqualTo(4.0);
		assertThat(table.totals().get("within-timescale").value()).isEqualTo(50.0);
		assertThat(table.rows()).singleElement()
			.satisfies(row -> assertThat(row.key()).containsEntry("directorate", "corporate-core-place"));
	}

}
