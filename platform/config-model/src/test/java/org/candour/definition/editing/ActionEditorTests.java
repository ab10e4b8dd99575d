package org.candour.definition.editing;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.candour.definition.ConfigDocument;
import org.candour.definition.ConfigSetValidator;
import org.candour.definition.Problem;
import org.candour.definition.Schemas;
import org.candour.definition.model.Effect;
import org.candour.definition.model.Transition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.definition.editing.WorkflowEditorTests.compiled;
import static org.candour.definition.editing.WorkflowEditorTests.replaced;
import static org.candour.definition.editing.WorkflowEditorTests.resolve;
import static org.candour.definition.editing.WorkflowEditorTests.workflow;

/**
 * An action's rules, questions and effects edited on shipped workflows: saved unchanged
 * they leave every document as written; a reopen action built on its pages compiles and
 * passes the checks; a template's action keeps its template; the checks refuse a guard on
 * a question the form does not have and a role nobody has.
 */
class ActionEditorTests {

	private static final Schemas SCHEMAS = new Schemas();

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("org.candour.definition.editing.WorkflowEditorTests#workflows")
	void everyActionsRulesQuestionsAndEffectsSavedUnchangedLeaveTheDocumentAsWritten(String pack, String id) {
		List<ConfigDocument> documents = resolve(pack);
		ObjectNode workflow = workflow(documents, id);
		ActionEditor editor = new ActionEditor(documents);
		compiled(documents).workflows()
			.get(id)
			.transitions()
			.stream()
			.map(Transition::action)
			.distinct()
			.forEach(action -> {
				ActionEditor.Action found = editor.action(workflow, action);
				assertThat(editor.setGuard(workflow, action, found.guard()).document()).as(action).isEqualTo(workflow);
				Optional<GuardRows> rows = GuardRows.of(found.guard(), question -> "string");
				rows.ifPresent(
						read -> assertThat(read.toGuard(question -> "string")).as(action).isEqualTo(found.guard()));
				List<JsonNode> effects = found.effects();
				if (!effects.isEmpty()) {
					WorkflowChange removed = editor.removeEffect(workflow, action, effects.size() - 1);
					WorkflowChange again = editor.addEffect(removed.document(), action,
							(ObjectNode) effects.get(effects.size() - 1));
					assertThat(again.document()).as(action).isEqualTo(workflow);
				}
			});
	}

	@Test
	void aReopenActionBuiltOnItsPagesCompilesAndPassesTheChecks() {
		List<ConfigDocument> documents = resolve("county-council");
		ObjectNode workflow = workflow(documents, "complaint-stage-1");
		WorkflowChange added = new WorkflowEditor(documents).addTransition(workflow,
				new WorkflowEditor.TransitionFields("Reopen for another look", List.of("closed"), "acknowledged",
						Set.of("MANAGER"), false, null, false));
		ActionEditor editor = new ActionEditor(documents);

		WorkflowChange reason = editor.addInput(added.document(), added.id(), InputDraft.reason("Reason"));
		assertThat(reason.id()).isEqualTo("reason");
		WorkflowChange reopens = editor.addEffect(reason.document(), added.id(), EffectDrafts.reopen("reason"));

		List<ConfigDocument> edited = replaced(documents, reopens.document());
		assertThat(errors(edited)).isEmpty();
		Transition transition = compiled(edited).workflows()
			.get("complaint-stage-1")
			.transition(added.id(), "closed")
			.orElseThrow();
		assertThat(transition.roles()).containsExactly("MANAGER");
		assertThat(transition.inputs().path("required").toString()).isEqualTo("[\"reason\"]");
		assertThat(transition.effects()).containsExactly(new Effect.Reopen("/inputs/reason"));
	}

	@Test
	void aTemplatesActionKeepsItsTemplateWhenARuleAndAnEffectAreRemoved() {
		List<ConfigDocument> documents = resolve("county-council");
		ObjectNode workflow = workflow(documents, "complaint-stage-2");
		ActionEditor editor = new ActionEditor(documents);
		ActionEditor.Action close = editor.action(workflow, "close");
		GuardRows rows = GuardRows.of(close.guard(), question -> "string").orElseThrow();
		assertThat(rows.rows()).extracting(GuardRows.Row::subject).contains("learning-if-upheld");

		GuardRows fewer = rows.without(rows.rows().size() - 1);
		WorkflowChange changed = editor.setGuard(workflow, "close", fewer.toGuard(question -> "string"));

		ObjectNode written = (ObjectNode) changed.document().path("spec").path("transitions").get(close.index());
		assertThat(written.path("uses").asString()).isEqualTo("close");
		assertThat(editor.action(changed.document(), "close").guard()).isEqualTo(fewer.toGuard(question -> "string"));
		assertThat(errors(replaced(documents, changed.document()))).isEmpty();
		WorkflowChange back = editor.setGuard(changed.document(), "close", close.guard());
		assertThat(back.document()).isEqualTo(workflow);
	}

	@Test
	void questionRowsCompileToAGuardOverTheCasesDataAndReadBack() {
		GuardRows rows = GuardRows.none()
			.with(new GuardRows.Row(GuardRows.Check.IS_ONE_OF, "decision", List.of("upheld", "partly")))
			.with(GuardRows.Row.answered("learning"))
			.with(GuardRows.Row.rule("response-dated"))
			.with(new GuardRows.Row(GuardRows.Check.IS, "consent", List.of("true")));

		ObjectNode guard = rows.toGuard(question -> question.equals("consent") ? "boolean" : "string");

		assertThat(guard).isEqualTo(Documents.json("""
				{"rules": ["response-dated"], "type": "object", "required": ["data"],
				 "properties": {"data": {"type": "object", "required": ["decision", "learning", "consent"],
				   "properties": {"decision": {"enum": ["upheld", "partly"]}, "consent": {"const": true}}}}}
				"""));
		assertThat(GuardRows.of(guard, question -> question.equals("consent") ? "boolean" : "string")).contains(rows);
		assertThat(GuardRows.none()
			.with(new GuardRows.Row(GuardRows.Check.IS, "consent", List.of("Yes")))
			.toGuard(question -> "boolean")
			.path("properties")
			.path("data")
			.path("properties")
			.path("consent")
			.toString()).as("a yes or no question's answer typed as it is stored").isEqualTo("{\"const\":true}");
		assertThat(GuardRows.of(Documents.json("{\"properties\": {\"outcome\": {\"required\": [\"x\"]}}}"),
				question -> "string"))
			.as("a guard rows cannot say is edited as JSON")
			.isEmpty();
	}

	@Test
	void theChecksRefuseAGuardOnAQuestionTheFormDoesNotHaveAndARoleNobodyHas() {
		List<ConfigDocument> documents = resolve("county-council");
		ObjectNode workflow = workflow(documents, "complaint-stage-1");
		ActionEditor editor = new ActionEditor(documents);
		ActionEditor.Action acknowledge = editor.action(workflow, "acknowledge");
		WorkflowChange guarded = editor.setGuard(workflow, "acknowledge",
				GuardRows.none().with(GuardRows.Row.answered("favouriteColour")).toGuard(question -> "string"));
		ObjectNode roles = guarded.document().deepCopy();
		((ObjectNode) roles.path("spec").path("transitions").get(acknowledge.index())).putArray("roles")
			.add("CHIEF_WIZARD");

		assertThat(errors(replaced(documents, roles))).extracting(Problem::code, Problem::pointer)
			.contains(org.assertj.core.groups.Tuple.tuple("ref.field-missing", acknowledge.pointer() + "/guard"),
					org.assertj.core.groups.Tuple.tuple("ref.role-missing", acknowledge.pointer() + "/roles"));
	}

	@Test
	void aRuleThatTwoAnswersDifferIsAddedInWordsAndRemovedLeavingTheDocumentAsItWas() {
		List<ConfigDocument> documents = resolve("county-council");
		ObjectNode workflow = workflow(documents, "complaint-stage-1");
		ActionEditor editor = new ActionEditor(documents);

		WorkflowChange added = editor.addComparison(workflow, "acknowledge", "/data/summary", "/data/details",
				"The details must say more than the summary");

		List<ConfigDocument> edited = replaced(documents, added.document());
		assertThat(errors(edited)).isEmpty();
		assertThat(compiled(edited).workflows()
			.get("complaint-stage-1")
			.transition("acknowledge", "new")
			.orElseThrow()
			.comparisons()).singleElement()
			.satisfies(comparison -> assertThat(comparison.fields()).containsExactly("/data/summary", "/data/details"));
		assertThat(GuardRows.compared(editor.action(added.document(), "acknowledge").comparisons().get(0)))
			.isEqualTo("'summary' and 'details' differ");
		assertThat(editor.removeComparison(added.document(), "acknowledge", 0).document()).isEqualTo(workflow);
	}

	@Test
	void anInputAnEffectUsesCannotBeRemoved() {
		List<ConfigDocument> documents = resolve("county-council");
		ObjectNode workflow = workflow(documents, "complaint-stage-1");
		ActionEditor editor = new ActionEditor(documents);

		WorkflowChange refused = editor.removeInput(workflow, "reopen", "reason");

		assertThat(refused.refusal().code()).isEqualTo("workflow.input-in-use");
		assertThat(refused.refusal().message()).contains("Clears the closure");
	}

	private static List<Problem> errors(List<ConfigDocument> documents) {
		return new ConfigSetValidator(SCHEMAS).validate(documents).errors();
	}

}
