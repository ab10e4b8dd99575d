package org.candour.web.officer.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.candour.cases.CaseConfiguration;
import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;
import org.candour.definition.ConfigKind;
import org.candour.definition.model.Transition;
import org.candour.definition.model.WorkflowDefinition;
import org.candour.packs.PackDeployment;
import org.candour.security.Memberships;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.candour.web.CandourWebTest;
import org.candour.web.forms.Choice;
import org.candour.web.forms.Question;
import org.candour.web.officer.OrgUnits;
import org.candour.web.officer.PickLists;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action input of every shipped workflow that officers answer by choosing offers
 * something to choose for the demo tenants: configured choices, or the tenant's people
 * and org units where the input names a person or a team. A machine client given a case
 * worker's role is never offered as a person. An input is answered by choosing when its
 * control says so or when it is a pick-list (the lean packs give no widget the renderer
 * derives anyway).
 */
@CandourWebTest
class ShippedPickListsIntegrationTests {

	private static final Map<String, String> DEMO_PACKS = Map.of("demo-county", "county-council", "demo-unitary",
			"unitary-council-triage", "demo-ombudsman", "ombudsman-customer-care", "demo-department",
			"central-government-department");

	private static final List<String> CHOOSING = List.of("select", "radios", "checkboxes");

	@Autowired
	TenantManagement tenants;

	@Autowired
	PackDeployment deployment;

	@Autowired
	ActiveConfigurations configurations;

	@Autowired
	Memberships memberships;

	@Autowired
	ActionInputs inputs;

	@Test
	void everyRequiredChoiceInEveryShippedWorkflowHasOptionsForTheDemoTenantsAndNoMachineClient() {
		List<String> withoutOptions = new ArrayList<>();
		List<String> offeringTheClient = new ArrayList<>();
		List<String> checked = new ArrayList<>();
		DEMO_PACKS.forEach((tenant, pack) -> {
			if (this.tenants.find(tenant).isEmpty()) {
				this.deployment.deployShipped(tenant, pack, true);
			}
			TenantContext.runAs(this.tenants.get(tenant).asCurrent(), () -> {
				this.memberships.put("candour-cli", List.of("MANAGER"), List.of(), "pick-list test");
				ConfigVersion version = this.configurations.require();
				OrgUnits units = OrgUnits.of(version);
				version.documents().stream().filter(document -> document.is(ConfigKind.WORKFLOW)).forEach(document -> {
					WorkflowDefinition workflow = WorkflowDefinition.parse(document);
					CaseConfiguration configuration = new CaseConfiguration(version, null, null, workflow, null, null,
							null);
					for (Transition transition : workflow.transitions()) {
						for (Question question : this.inputs
							.of(configuration, units, transition, "", Locale.ENGLISH,
									java.time.LocalDate.of(2026, 12, 2))
							.questions()) {
							String where = tenant + " " + workflow.id() + " " + transition.action() + " "
									+ question.name();
							String widget = widget(transition, question.name());
							boolean choosing = widget != null && CHOOSING.contains(widget)
									|| PickLists.sourceOf(transition, question.name()) != null;
							if (question.required() && choosing) {
								checked.add(where);
								if (!CHOOSING.contains(question.kind()) || question.choices().isEmpty()) {
									withoutOptions.add(where);
								}
							}
							if (question.choices().stream().map(Choice::value).anyMatch("candour-cli"::equals)) {
								offeringTheClient.add(where);
							}
						}
					}
				});
			});
		});
		assertThat(checked).as("required choices checked")
			.contains("demo-county complaint-stage-1 respond handledBy",
					"demo-county complaint-stage-2 acknowledge reviewingOfficer",
					"demo-unitary contact-triage allocate officer");
		assertThat(withoutOptions).as("required choices without options").isEmpty();
		assertThat(offeringTheClient).as("pick-lists offering the machine client").isEmpty();
	}

	private static String widget(Transition transition, String input) {
		if (transition.inputsUi() == null) {
			return null;
		}
		for (JsonNode control : transition.inputsUi().findParents("scope")) {
			if (("#/properties/" + input).equals(control.path("scope").asString())) {
				return control.path("options").path("widget").asString(null);
			}
		}
		return null;
	}

}
