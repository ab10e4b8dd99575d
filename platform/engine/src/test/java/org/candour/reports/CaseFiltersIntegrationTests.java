package org.candour.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.candour.cases.CaseDocuments;
import org.candour.cases.CaseState;
import org.candour.cases.FeedbackCase;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.ReportDefinition;
import org.candour.definition.model.WhereCompiler;
import org.candour.demo.synthetic.SyntheticCases;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every condition of every report of a shipped pack, run as a database filter on the
 * embedded server, counts exactly the cases that the same JSON Schema accepts when
 * checked on each case (as guards are on the case screen): synthetic cases of the pack,
 * all states and outcomes.
 */
@CandourIntegrationTest
class CaseFiltersIntegrationTests {

	@Autowired
	SyntheticCases synthetic;

	@Autowired
	ActiveConfigurations configurations;

	@Autowired
	CaseDocuments cases;

	@Autowired
	TestClock clock;

	@Autowired
	TestTenants testTenants;

	@Autowired
	JsonMapper json;

	@ParameterizedTest
	@ValueSource(strings = { "county-council", "unitary-council-triage", "central-government-department",
			"ombudsman-customer-care" })
	void everyReportConditionCountsExactlyTheCasesItsSchemaAccepts(String pack) {
		this.clock.set("2026-11-18T10:00:00Z");
		String tenant = this.testTenants.withShippedPack("r", pack);
		TenantContext.runAs(CurrentTenant.pooled(tenant), () -> {
			this.synthetic.generate(120, 11L);
			CompiledConfiguration model = this.configurations.require().model();
			List<FeedbackCase> all = this.cases.find(new Document(), new Document("_id", 1), 0, 10_000);
			List<String> compared = new ArrayList<>();
			int selective = 0;
			for (ReportDefinition report : model.reports().values()) {
				if (report.reportSource() != org.candour.definition.model.ReportSource.CASES) {
					continue;
				}
				for (ReportDefinition.Measure measure : report.measures()) {
					for (JsonNode where : new JsonNode[] { measure.where(), measure.denominatorWhere() }) {
						if (where == null) {
							continue;
						}
						long expected = all.stream().filter(c -> model.check(where).accepts(view(c.current()))).count();
						long counted = this.cases.count(CaseFilters.of(WhereCompiler.translate(where).condition()));
						assertThat(counted).as("%s %s %s", pack, report.id(), measure.id()).isEqualTo(expected);
						compared.add(report.id() + "/" + measure.id());
						selective += (expected > 0 && expected < all.size()) ? 1 : 0;
					}
				}
			}
			assertThat(all).hasSizeGreaterThan(100);
			assertThat(compared).isNotEmpty();
			assertThat(selective).as("conditions that pick some cases but not all").isPositive();
		});
	}

	/** The case as conditions see it (data, outcome, meta, clocks by id, state, type). */
	private JsonNode view(CaseState state) {
		ObjectNode view = this.json.createObjectNode();
		view.set("data", state.data());
		view.set("outcome", state.outcome());
		view.set("meta", state.meta());
		ObjectNode clocks = view.putObject("clocks");
		state.clocks().forEach(clock -> clocks.set(clock.id(), this.json.valueToTree(clock)));
		view.put("state", state.state());
		view.put("feedbackType", state.feedbackType());
		view.set("inputs", this.json.createObjectNode());
		return view;
	}

}
