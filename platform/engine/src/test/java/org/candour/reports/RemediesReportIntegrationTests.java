package org.candour.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.ConfigFixtures;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base pack's "Remedies and payments" report totals the remedy figures each case
 * keeps ({@code meta.remedies}) by directorate for a financial year, matching a hand
 * count.
 */
@CandourIntegrationTest
class RemediesReportIntegrationTests {

	private static final String BASE = "base-uk-public-body";

	private static final String REPORT = "remedies-and-payments-totals";

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	ReportRunner runner;

	@Autowired
	ActiveConfigurations configurations;

	@Test
	void totalsTheRemediesOfCasesReceivedInTheFinancialYearByDirectorate() {
		List<ObjectNode> documents = new ArrayList<>(ConfigFixtures.documents("chc-two-stage"));
		documents.add(ConfigFixtures.shipped(BASE, "code-list.remedy-kinds.json"));
		documents.add(ConfigFixtures.shipped(BASE, "role.manager.json"));
		documents.add(ConfigFixtures.shipped(BASE, "report." + REPORT + ".json"));
		this.clock.set("2026-03-20T10:00:00Z");
		String tenant = this.testTenants.withConfiguration("Remedies report", documents);
		CaseApi cases = new CaseApi(this.api, tenant);
		String lastYear = logged(cases, "repairs-team");
		paid(tenant, lastYear, "ex-gratia-payment", 500);

		this.clock.set("2026-11-18T10:00:00Z");
		String highways = logged(cases, "highways-maintenance");
		paid(tenant, highways, "financial-redress", 300);
		proposed(tenant, highways, "apology", null);
		String collections = logged(cases, "collections-north");
		approved(tenant, collections, "time-and-trouble-payment", 50);
		String repairs = logged(cases, "repairs-team");
		paid(tenant, repairs, "reimbursement", 120.25);
		String declined = proposed(tenant, repairs, "ex-gratia-payment", 80);
		this.api.patch(remedies(tenant, repairs) + "/" + declined, Map.of("state", "declined", "reason", "Not due"));
		logged(cases, "complaints-team");

		TenantContext.runAs(CurrentTenant.pooled(tenant), () -> {
			CompiledConfiguration model = this.configurations.require().model();
			ReportTable table = this.runner.run(model.reports().get(REPORT), new ReportRunner.Run(
					LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), null, model.orgStructure()));

			assertThat(figures(table, "cases-with-remedies")).containsEntry("place", 2.0).containsEntry("housing", 1.0);
			assertThat(figures(table, "payments-offered")).containsEntry("place", 350.0)
				.containsEntry("housing", 120.25);
			assertThat(figures(table, "paid")).containsEntry("place", 300.0).containsEntry("housing", 120.25);
			assertThat(table.totals().get("cases-with-remedies").value()).isEqualTo(3.0);
			assertThat(table.totals().get("payments-offered").value()).isEqualTo(470.25);
			assertThat(table.totals().get("paid").value()).as("last year's £500 is not in this year").isEqualTo(420.25);
		});
	}

	private String logged(CaseApi cases, String unit) {
		return cases.logged(Map.of("feedbackType", "complaint-stage-1", "channel", "web", "orgUnit", unit, "data",
				Map.of("name", "Alex Smith", "email", "alex@example.org", "service", "highways", "summary", "Pothole",
						"details", "The pothole is still there.")))
			.path("reference")
			.asString();
	}

	private String proposed(String tenant, String reference, String kind, Number amount) {
		Map<String, Object> body = amount == null ? Map.of("kind", kind, "description", "Offered")
				: Map.of("kind", kind, "description", "Offered", "amount", amount);
		Api.Response proposed = this.api.post(remedies(tenant, reference), body);
		assertThat(proposed.status()).as(proposed.body().toString()).isEqualTo(201);
		return proposed.body().path("id").asString();
	}

	private String approved(String tenant, String reference, String kind, Number amount) {
		String id = proposed(tenant, reference, kind, amount);
		Api.Response approved = this.api.patch(remedies(tenant, reference) + "/" + id, Map.of("state", "approved"));
		assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
		return id;
	}

	private void paid(String tenant, String reference, String kind, Number amount) {
		String id = approved(tenant, reference, kind, amount);
		Api.Response paid = this.api.patch(remedies(tenant, reference) + "/" + id,
				Map.of("state", "paid", "paidOn", "2026-11-18", "paymentReference", "FIN-" + id));
		assertThat(paid.status()).as(paid.body().toString()).isEqualTo(200);
	}

	private static String remedies(String tenant, String reference) {
		return "/api/tenants/" + tenant + "/cases/" + reference + "/remedies";
	}

	private static Map<String, Double> figures(ReportTable table, String measure) {
		Map<String, Double> figures = new TreeMap<>();
		table.rows().forEach(row -> figures.put(row.key().get("directorate"), row.values().get(measure).value()));
		return figures;
	}

}
