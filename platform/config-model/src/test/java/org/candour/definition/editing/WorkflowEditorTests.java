package org.candour.definition.editing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.candour.definition.ConfigDocument;
import org.candour.definition.ConfigKind;
import org.candour.definition.Schemas;
import org.candour.definition.model.Compiler;
import org.candour.definition.model.WorkflowDefinition;
import org.candour.definition.pack.PackLoader;
import org.candour.definition.pack.PackRepository;
import org.candour.definition.pack.PackSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workflow tables' operations on shipped workflows: every state and transition saved
 * unchanged leaves its document exactly as written; a new transition, a changed template
 * transition and a new state compile in their pack; deletions that would leave something
 * pointing at nothing are refused.
 */
class WorkflowEditorTests {

	private static final Path PACKS = Path.of("../../tenant-configs");

	private static final Schemas SCHEMAS = new Schemas();

	static Stream<Arguments> workflows() throws IOException {
		List<Arguments> workflows = new ArrayList<>();
		try (Stream<Path> folders = Files.list(PACKS)) {
			for (Path pack : folders.filter(folder -> Files.isRegularFile(folder.resolve("manifest.json")))
				.sorted()
				.toList()) {
				resolve(pack.getFileName().toString()).stream()
					.filter(document -> document.is(ConfigKind.WORKFLOW))
					.forEach(document -> workflows.add(Arguments.of(pack.getFileName().toString(), document.id())));
			}
		}
		return workflows.stream();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("workflows")
	void everyStateAndTransitionSavedUnchangedLeavesTheDocumentAsWritten(String pack, String id) {
		List<ConfigDocument> documents = resolve(pack);
		ObjectNode workflow = workflow(documents, id);
		WorkflowEditor editor = new WorkflowEditor(documents);
		workflow.path("spec").path("states").forEach(state -> {
			String stateId = state.path("id").asString();
			WorkflowChange change = editor.editState(workflow, stateId, editor.state(workflow, stateId));
			assertThat(change.document()).as(stateId).isEqualTo(workflow);
		});
		WorkflowDefinition compiled = compiled(documents).workflows().get(id);
		compiled.transitions().forEach(transition -> {
			WorkflowChange change = editor.editTransition(workflow, transition.action(),
					editor.transition(workflow, transition.action()));
			assertThat(change.refused()).isFalse();
			assertThat(change.document()).as(transition.action()).isEqualTo(workflow);
		});
	}

	@Test
	void aNewTransitionForManagersCompilesInItsPack() {
		List<ConfigDocument> documents = resolve("county-council");
		ObjectNode workflow = workflow(documents, "complaint-stage-1");
		WorkflowEditor editor = new WorkflowEditor(documents);

		WorkflowChange added = editor.addTransition(workflow,
				new WorkflowEditor.TransitionFields("Reconsider the response", List.of("responded"), "acknowledged",
						Set.of("MANAGER"), false, null, false));

		assertThat(added.refused()).isFalse();
		assertThat(added.id()).isEqualTo("reconsider-the-response");
		WorkflowDefinition compiled = compiled(replaced(documents, added.document())).workflows()
			.get("complaint-stage-1");
		assertThat(compiled.transition("reconsider-the-response", "responded")).hasValueSatisfying(transition -> {
			assertThat(transition.to()).isEqualTo("acknowledged");
			assertThat(transition.roles()).containsExactly("MANAGER");
		});
	}

	@Test
	void changingATemplatesTransitionWritesOnlyWhatDiffers() {
		List<ConfigDocument> documents = resolve("county-council");
		ObjectNode workflow = workflow(documents, "complaint-stage-1");
		WorkflowEditor editor = new WorkflowEditor(documents);
		WorkflowEditor.TransitionFields acknowledge = editor.transition(workflow, "acknowledge");

		WorkflowChange changed = editor.editTransition(workflow, "acknowledge",
				new WorkflowEditor.TransitionFields(acknowledge.label(), acknowledge.from(), acknowledge.to(),
						Set.of("MANAGER"), acknowledge.residents(), acknowledge.residentWording(),
						!acknowledge.bulk()));

		ObjectNode written = (ObjectNode) changed.document().path("spec").path("transitions").get(1);
		assertThat(written.path("uses").asString()).isEqualTo("acknowledge");
		assertThat(written.path("roles").toString()).isEqualTo("[\"MANAGER\"]");
		assertThat(written.path("bulk").asBoolean()).isEqualTo(!acknowledge.bulk());
		assertThat(written.has("label")).as("the template's label kept").isFalse();
		assertThat(compiled(replaced(documents, changed.document())).workflows()
			.get("complaint-stage-1")
			.transition("acknowledge", "new")).hasValueSatisfying(transition -> {
				assertThat(transition.roles()).containsExactly("MANAGER");
				assertThat(transition.bulk()).isEqualTo(!acknowledge.bulk());
			});
	}

	@Test
	void aNewStateTakesAnIdFromItsNameAndKeepsWhatTheTablesDoNotShow() {
		List<ConfigDocument> documents = resolve("county-council");
		ObjectNode workflow = workflow(documents, "complaint-stage-1");
		WorkflowEditor editor = new WorkflowEditor(documents);

		WorkflowChange added = editor.addState(workflow,
				new WorkflowEditor.StateFields("Closed", "closed", "Finished", false));
		assertThat(added.id()).isEqualTo("closed-2");
		WorkflowChange renamed = editor.editState(workflow, "acknowledged",
				new WorkflowEditor.StateFields("Being investigated", "open", null, true));
		ObjectNode state = (ObjectNode) renamed.document().path("spec").path("states").get(1);
		assertThat(state.path("label").asString()).isEqualTo("Being investigated");
		assertThat(state.has("publicLabel")).isFalse();
		assertThat(state.path("description").asString()).startsWith("Acknowledged: being investigated");
	}

	@Test
	void deletionsThatWouldLeaveSomethingPointingAtNothingAreRefused() {
		List<ConfigDocument> documents = resolve("county-council");
		ObjectNode workflow = workflow(documents, "complaint-stage-1");
		WorkflowEditor editor = new WorkflowEditor(documents);

		assertThat(editor.deleteState(workflow, "new").refusal().code()).isEqualTo("workflow.state-in-use");
		WorkflowChange inUse = editor.deleteState(workflow, "escalated");
		assertThat(inUse.refusal().code()).isEqualTo("workflow.state-in-use");
		assertThat(inUse.refusal().message()).contains("leads to or from ‘Escalated to stage 2’");
		assertThat(inUse.document()).isEqualTo(workflow);
		assertThat(editor.deleteTransition(workflow, "respond").refusal().message())
			.isEqualTo("The timescale ‘Stage 1 response due’ stops on it: change the timescale first");

		WorkflowChange deleted = editor.deleteTransition(workflow, "assess-risk");
		assertThat(deleted.refused()).isFalse();
		assertThat(compiled(replaced(documents, deleted.document())).workflows().get("complaint-stage-1").transitions())
			.noneMatch(transition -> transition.action().equals("assess-risk"));
	}

	static org.candour.definition.model.CompiledConfiguration compiled(List<ConfigDocument> documents) {
		Compiler.Compilation compilation = new Compiler(SCHEMAS).compile(documents);
		assertThat(compilation.report().errors()).isEmpty();
		return compilation.configuration();
	}

	static List<ConfigDocument> resolve(String pack) {
		Path folder = PACKS.resolve(pack).toAbsolutePath().normalize();
		return new PackLoader(PackRepository.directory(folder.getParent()), SCHEMAS)
			.resolve(PackSource.fromDirectory(folder))
			.documentsWithDefaults();
	}

	static ObjectNode workflow(List<ConfigDocument> documents, String id) {
		return documents.stream()
			.filter(document -> document.is(ConfigKind.WORKFLOW) && document.id().equals(id))
			.findFirst()
			.orElseThrow()
			.content();
	}

	static List<ConfigDocument> replaced(List<ConfigDocument> documents, ObjectNode workflow) {
		ConfigDocument edited = ConfigDocument.of(workflow);
		return documents.stream().map(document -> document.key().equals(edited.key()) ? edited : document).toList();
	}

}
