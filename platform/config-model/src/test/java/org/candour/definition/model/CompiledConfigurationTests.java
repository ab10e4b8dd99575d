package org.candour.definition.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.candour.definition.ConfigDocument;
import org.candour.definition.Schemas;
import org.candour.definition.pack.PackLoader;
import org.candour.definition.pack.PackRepository;
import org.candour.definition.pack.PackSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiled model of a real pack (the county council's): what the engines and pages
 * read instead of the documents' JSON.
 */
class CompiledConfigurationTests {

	private static final Schemas SCHEMAS = new Schemas();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final CompiledConfiguration COUNTY = compile("county-council");

	private static CompiledConfiguration compile(String pack) {
		Path folder = Path.of("../../tenant-configs", pack).toAbsolutePath().normalize();
		List<ConfigDocument> documents = new PackLoader(PackRepository.directory(folder.getParent()), SCHEMAS)
			.resolve(PackSource.fromDirectory(folder))
			.documentsWithDefaults();
		return new Compiler(SCHEMAS).compile(documents).configuration();
	}

	@Test
	void theDatesAndCodedAnswersOfAWorkflowsActionsAreReadFromTheirInputsExpandedFromTemplates() {
		List<ActionInput> respond = ActionInput.of(COUNTY.workflow("complaint-stage-1").orElseThrow())
			.stream()
			.filter(input -> input.action().equals("respond"))
			.toList();

		assertThat(respond).extracting(ActionInput::name)
			.contains("decision", "responseDate")
			.doesNotContain("learning", "highRiskFlags");
		ActionInput decision = respond.stream().filter(input -> input.name().equals("decision")).findFirst().get();
		assertThat(decision.coded()).isTrue();
		assertThat(decision.codes()).containsExactlyElementsOf(
				COUNTY.codeList("outcomes").orElseThrow().current().stream().map(CodeList.Code::code).toList());
		ActionInput responseDate = respond.stream()
			.filter(input -> input.name().equals("responseDate"))
			.findFirst()
			.get();
		assertThat(responseDate.date()).isTrue();
		assertThat(responseDate.coded()).isFalse();
		assertThat(responseDate.title().asString()).isEqualTo("Date the response was sent");
	}

	@Test
	void orgUnitsKeepTheirEffectiveDatesSoARestructureIsVisibleOnEachDay() {
		OrgStructure structure = COUNTY.orgStructure();

		assertThat(structure.unit("highways-maintenance-team").orElseThrow().replaces())
			.containsExactly("highways-north", "highways-south");
		assertThat(ids(structure.activeOn(LocalDate.of(2025, 3, 31)))).contains("highways-north", "highways-south")
			.doesNotContain("highways-maintenance-team");
		assertThat(ids(structure.activeOn(LocalDate.of(2025, 4, 1)))).contains("highways-maintenance-team")
			.doesNotContain("highways-north", "highways-south");
		assertThat(ids(structure.path("highways-maintenance-team")).get(0)).isEqualTo("economy-transport-environment");
		assertThat(structure.unitIds()).contains("highways-north", "highways-maintenance-team");
	}

	@Test
	void workOfAMergedUnitIsFoundUnderTheUnitThatReplacedIt() {
		OrgStructure structure = COUNTY.orgStructure();

		assertThat(structure.successorOn("highways-north", LocalDate.of(2025, 3, 31))).isEqualTo("highways-north");
		assertThat(structure.successorOn("highways-north", LocalDate.of(2025, 4, 1)))
			.isEqualTo("highways-maintenance-team");
		assertThat(structure.successorOn("highways-south", LocalDate.of(2026, 12, 2)))
			.isEqualTo("highways-maintenance-team");
		assertThat(structure.successorOn("adult-care", LocalDate.of(2026, 12, 2))).isEqualTo("adult-care");
		assertThat(structure.unitOn("highways-north", LocalDate.of(2025, 4, 1))).isEmpty();
	}

	@Test
	void reportDefinitionsAreTyped() {
		ReportDefinition report = COUNTY.reports().get("asc-annual-report");

		assertThat(report.feedbackTypes()).containsExactly("asc-complaint");
		assertThat(report.period().type()).isEqualTo("financial-year");
		assertThat(report.dimensions()).extracting(ReportDefinition.Dimension::field)
			.containsExactly("outcome.classification", "data.service");
		assertThat(report.dimensions().get(0).orgStructure()).isEqualTo("at-time-of-case");
		assertThat(report.measures()).extracting(ReportDefinition.Measure::type).contains("count");
	}

	@Test
	void feedbackTypesFormsAndWorkflowsLinkUp() {
		FeedbackType type = COUNTY.feedbackType("asc-complaint").orElseThrow();
		Form form = COUNTY.form(type.form()).orElseThrow();

		assertThat(COUNTY.workflow(type.workflow()).orElseThrow().initialState()).isNotBlank();
		assertThat(form.layout().pages()).isNotEmpty();
		assertThat(form.layout().contact()).extracting(FormQuestion::name).isSubsetOf(form.people());
		form.people()
			.forEach(field -> assertThat(form.storedDataSchema().path("required").toString())
				.as("contact fields are not required of stored case data")
				.doesNotContain("\"" + field + "\""));
	}

	@Test
	void aTenantWrittenSchemaIsCompiledOnceWithItsVersion() {
		Transition withGuard = COUNTY.workflows()
			.values()
			.stream()
			.flatMap(workflow -> workflow.transitions().stream())
			.filter(transition -> transition.guard() != null)
			.findFirst()
			.orElseThrow();

		assertThat(COUNTY.check(withGuard.guard())).isSameAs(COUNTY.check(withGuard.guard()));
		assertThat(COUNTY.check(withGuard.guard()).accepts(JSON.createObjectNode())).isFalse();
	}

	@Test
	void aDerivedViewIsDerivedOnceAndKeptWithTheVersion() {
		AtomicInteger derived = new AtomicInteger();
		record Key(String name) {
		}

		Object first = COUNTY.view(new Key("queue"), model -> List.of(derived.incrementAndGet()));
		Object again = COUNTY.view(new Key("queue"), model -> List.of(derived.incrementAndGet()));

		assertThat(again).isSameAs(first);
		assertThat(derived).hasValue(1);
	}

	@Test
	void aSetWithBrokenReferencesDoesNotCompileAndSaysWhy() throws Exception {
		JsonNode type = JSON.readTree("""
				{"kind": "feedback-type", "id": "complaint", "title": "Complaint",
				 "spec": {"category": "complaint", "form": "nowhere", "workflow": "nothing"}}""");

		Compiler.Compilation compilation = new Compiler(SCHEMAS).compile(List.of(ConfigDocument.of(type)));

		assertThat(compilation.compiled()).isFalse();
		assertThat(compilation.report().errors()).extracting(org.candour.definition.Problem::code)
			.contains("ref.form-missing", "ref.workflow-missing");
	}

	private static List<String> ids(List<OrgUnit> units) {
		return units.stream().map(OrgUnit::id).toList();
	}

}
