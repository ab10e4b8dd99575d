package org.candour.reports;

import java.util.Set;

import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.ReportDefinition;
import org.candour.demo.synthetic.SyntheticCases;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Drill-down: for every report of a shipped pack run on synthetic cases, every count and
 * every percentage's numerator and denominator, in every row and in the totals, lists
 * exactly as many cases as the figure says; a viewer confined to org units sees only
 * theirs and is told how many are elsewhere.
 */
@CandourIntegrationTest
class ReportDrillDownIntegrationTests {

	@Autowired
	TestClock clock;

	@Autowired
	TestTenants testTenants;

	@Autowired
	SyntheticCases synthetic;

	@Autowired
	ActiveConfigurations configurations;

	@Autowired
	ReportRuns runs;

	@Autowired
	ReportDrillDown drillDown;

	@ParameterizedTest
	@ValueSource(strings = { "county-council", "ombudsman-customer-care" })
	void everyCountedFigureListsExactlyTheCasesItCounts(String pack) {
		this.clock.set("2026-11-18T10:00:00Z");
		String tenant = this.testTenants.withShippedPack("dd", pack);
		TenantContext.runAs(CurrentTenant.pooled(tenant), () -> {
			this.synthetic.generate(150, 11L);
			int checked = 0;
			for (ReportDefinition report : this.configurations.require().model().reports().values()) {
				ReportRun run = this.runs.start(report.id(), new ReportRuns.Request(null, null, null, true), "tester");
				ReportResult result = this.runs.result(run.runId()).orElseThrow();
				if (!report.reportSource().drillDown()) {
					assertThatThrownBy(() -> this.drillDown.cases(run.runId(), ReportDrillDown.TOTALS,
							report.measures().get(0).id(), false, false, null))
						.as("%s lists no cases", report.id())
						.isInstanceOf(org.candour.api.Refusal.class);
					continue;
				}
				for (ReportResult.Column column : result.columns()) {
					if (!"count".equals(column.measureType()) && !"percentage".equals(column.measureType())) {
						continue;
					}
					for (int row = 0; row < result.rows().size(); row++) {
						checked += agree(result, Integer.toString(row),
								result.rows().get(row).values().get(column.id()), column);
					}
					checked += agree(result, ReportDrillDown.TOTALS, result.totals().get(column.id()), column);
				}
			}
			assertThat(checked).isGreaterThan(50);
		});
	}

	private int agree(ReportResult result, String row, ReportTable.Figure figure, ReportResult.Column column) {
		boolean percentage = "percentage".equals(column.measureType());
		long expected = percentage ? figure.numerator() : figure.value().longValue();
		ReportDrillDown.CasesBehind behind = this.drillDown.cases(result.runId(), row, column.id(), false, false, null);
		assertThat(behind.cases()).as("%s row %s %s", result.reportId(), row, column.id()).hasSize((int) expected);
		if (percentage) {
			assertThat(this.drillDown.cases(result.runId(), row, column.id(), true, false, null).cases())
				.as("%s row %s %s denominator", result.reportId(), row, column.id())
				.hasSize(figure.denominator().intValue());
		}
		if (expected > 0) {
			ReportDrillDown.CasesBehind confined = this.drillDown.cases(result.runId(), row, column.id(), false, false,
					Set.of("no-such-unit"));
			assertThat(confined.cases()).isEmpty();
			assertThat(confined.elsewhere()).isEqualTo((int) expected);
		}
		return 1;
	}

}
