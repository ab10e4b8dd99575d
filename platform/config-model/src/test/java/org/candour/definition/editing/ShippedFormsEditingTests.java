package org.candour.definition.editing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.candour.definition.ConfigDocument;
import org.candour.definition.ConfigKind;
import org.candour.definition.ConfigSetValidator;
import org.candour.definition.Problem;
import org.candour.definition.Schemas;
import org.candour.definition.ValidationReport;
import org.candour.definition.model.Compiler;
import org.candour.definition.model.FormLayout;
import org.candour.definition.model.FormQuestion;
import org.candour.definition.pack.PackLoader;
import org.candour.definition.pack.PackRepository;
import org.candour.definition.pack.PackSource;
import org.candour.definition.pack.ResolvedPack;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shipped form, edited as an administrator would (a page of two questions, one
 * shown by the other; a label renamed; pages and questions moved, copied and deleted),
 * stays a valid form of its pack that compiles to the pages the form builder shows, and
 * every question the edits did not touch stays exactly as it was written.
 */
class ShippedFormsEditingTests {

	private static final Path PACKS = Path.of("../../tenant-configs");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Schemas SCHEMAS = new Schemas();

	static Stream<Arguments> forms() throws IOException {
		List<Arguments> forms = new ArrayList<>();
		try (Stream<Path> folders = Files.list(PACKS)) {
			for (Path pack : folders.filter(folder -> Files.isRegularFile(folder.resolve("manifest.json")))
				.sorted()
				.toList()) {
				try (Stream<Path> files = Files.list(pack)) {
					files.map(file -> file.getFileName().toString())
						.filter(file -> file.startsWith("form.") && file.endsWith(".json"))
						.sorted()
						.forEach(file -> forms.add(Arguments.of(pack.getFileName().toString(),
								file.substring("form.".length(), file.length() - ".json".length()))));
				}
			}
		}
		return forms.stream();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("forms")
	void editedShippedFormsStayValidAndCompileToThePagesShown(String pack, String formId) {
		List<ConfigDocument> documents = resolve(pack);
		ObjectNode form = form(documents, formId);
		String before = form.toString();
		FormEditor editor = new FormEditor(documents);
		FormView original = editor.view(form);
		FormView.Question renamed = original.questions()
			.stream()
			.filter(question -> !question.contact())
			.findFirst()
			.orElseThrow();

		int end = original.pages().size();
		FormChange page = editor.addPage(form, end, Text.of("More about what happened", "Mwy am yr hyn a ddigwyddodd"),
				QuestionDraft.of("yes-no", "Did we keep you informed?").withRequired(true));
		String informed = page.question();
		FormChange detail = editor.addQuestion(page.document(), end, 1,
				QuestionDraft.of("textarea", "Tell us what we should have told you")
					.withSettings(Settings.maxLength(1200)));
		String told = detail.question();
		ObjectNode rule = (ObjectNode) JSON.readTree("""
				{"effect": "SHOW", "condition": {"scope": "#/properties/%s", "schema": {"const": false}}}
				""".formatted(informed));
		ObjectNode edited = apply(editor.setCondition(detail.document(), told, rule));
		edited = apply(
				editor.editQuestion(edited, renamed.name(), renamed.draft().withLabel(Text.of("A clearer question"))));
		edited = apply(editor.movePage(edited, end, -1));
		edited = apply(editor.copyPage(edited, end - 1));
		edited = apply(editor.moveQuestion(edited, told, -1));
		FormChange copied = editor.copyQuestion(edited, told);
		edited = apply(editor.deleteQuestion(copied.document(), copied.question()));
		FormChange refused = editor.deleteQuestion(edited, informed);
		edited = apply(editor.deletePage(edited, end));

		assertThat(form.toString()).as("the form given is never changed").isEqualTo(before);
		assertThat(refused.refused()).isTrue();
		assertThat(refused.refusal().code()).isEqualTo("form.question-in-use");
		FormView view = editor.view(edited);
		assertThat(view.pages()).hasSize(end + 1);
		FormView.Page added = view.pages().get(end - 1);
		assertThat(added.title()).isEqualTo(Text.of("More about what happened", "Mwy am yr hyn a ddigwyddodd"));
		assertThat(added.questions()).extracting(FormView.Question::name).containsExactly(told, informed);
		assertThat(added.questions().get(0).kind()).isEqualTo("textarea");
		assertThat(added.questions().get(0).condition()).isEqualTo(rule);
		assertThat(added.questions().get(1).kind()).isEqualTo("yes-no");
		assertThat(added.questions().get(1).required()).isTrue();
		FormView.Question relabelled = view.questions()
			.stream()
			.filter(question -> question.name().equals(renamed.name()))
			.findFirst()
			.orElseThrow();
		assertThat(relabelled.label().english()).isEqualTo("A clearer question");

		List<ConfigDocument> changed = replaced(documents, edited);
		assertThat(validate(changed).errors()).isEmpty();
		assertThat(validate(changed).warnings()).containsExactlyInAnyOrderElementsOf(validate(documents).warnings());
		Compiler.Compilation compilation = new Compiler(SCHEMAS).compile(changed);
		assertThat(compilation.report().errors()).isEmpty();
		FormLayout layout = compilation.configuration().form(formId).orElseThrow().layout();
		assertThat(names(layout)).isEqualTo(shown(view));
		untouched(form, edited, renamed.name());
	}

	@org.junit.jupiter.api.Test
	void refusesToDeleteAQuestionAnotherDocumentOfTheDraftUses() {
		List<ConfigDocument> documents = resolve("county-council");
		ObjectNode form = form(documents, "complaint-form");

		FormChange refused = new FormEditor(documents, SCHEMAS).deleteQuestion(form, "summary");
		FormChange unchecked = new FormEditor(documents).deleteQuestion(form, "summary");
		FormChange allowed = new FormEditor(documents, SCHEMAS).deleteQuestion(form, "desiredOutcome");

		assertThat(refused.refusal().code()).isEqualTo("form.question-in-use");
		assertThat(refused.refusal().document()).isEqualTo("feedback-type/complaint-stage-1");
		assertThat(refused.refusal().pointer()).isEqualTo("/spec/summaryField");
		assertThat(refused.document()).isEqualTo(form);
		assertThat(unchecked.refused()).isFalse();
		assertThat(allowed.refused()).isFalse();
	}

	@org.junit.jupiter.api.Test
	void translatesTheAnswersOfACodeListQuestionWithoutWritingOutTheCodeList() {
		List<ConfigDocument> documents = resolve("ombudsman-customer-care");
		ObjectNode form = form(documents, "service-complaint-form");
		FormEditor editor = new FormEditor(documents);
		FormView.Question question = editor.view(form)
			.questions()
			.stream()
			.filter(candidate -> candidate.name().equals("complaintAbout"))
			.findFirst()
			.orElseThrow();

		FormChange translated = editor.translateQuestion(form, "complaintAbout", "Beth aeth o'i le?", null,
				Map.of("other", "Rhywbeth arall eto"));

		assertThat(question.codeList()).isEqualTo("service-complaint-themes");
		assertThat(question.kind()).isEqualTo("radios");
		assertThat(question.options()).hasSize(8)
			.contains(new Option("other", Text.of("Something else", "Rhywbeth arall")));
		ObjectNode edited = apply(translated);
		assertThat(edited.at("/spec/schema/properties/complaintAbout"))
			.isEqualTo(form.at("/spec/schema/properties/complaintAbout"));
		JsonNode control = edited.at(question.pointer());
		assertThat(control.at("/options/choiceLabels/other").toString())
			.isEqualTo("{\"en\":\"Something else\",\"cy\":\"Rhywbeth arall eto\"}");
		assertThat(control.at("/label/cy").asString()).isEqualTo("Beth aeth o'i le?");
		assertThat(control.at("/options/widget").asString()).isEqualTo("radios");
		assertThat(validate(replaced(documents, edited)).errors()).isEmpty();
	}

	private static ObjectNode apply(FormChange change) {
		assertThat(change.refusal()).isNull();
		return change.document();
	}

	/**
	 * Each question of the original other than the relabelled one is as it was written.
	 */
	private static void untouched(ObjectNode original, ObjectNode edited, String relabelled) {
		JsonNode before = original.path("spec").path("schema").path("properties");
		JsonNode after = edited.path("spec").path("schema").path("properties");
		Map<String, JsonNode> controlsBefore = controls(original.path("spec"));
		Map<String, JsonNode> controlsAfter = controls(edited.path("spec"));
		before.propertyNames().forEach(name -> {
			if (!name.equals(relabelled)) {
				assertThat(after.path(name).toString()).as(name).isEqualTo(before.path(name).toString());
				assertThat(String.valueOf(controlsAfter.get(name))).as(name + " control")
					.isEqualTo(String.valueOf(controlsBefore.get(name)));
			}
		});
		assertThat(edited.path("spec").path("messages").toString())
			.isEqualTo(original.path("spec").path("messages").toString());
		assertThat(edited.path("spec").path("people").toString())
			.isEqualTo(original.path("spec").path("people").toString());
	}

	private static Map<String, JsonNode> controls(JsonNode spec) {
		Map<String, JsonNode> controls = new java.util.HashMap<>();
		Layout.controls(spec).forEach(placement -> controls.put(placement.name(), placement.control()));
		return controls;
	}

	/** The questions of each page with questions, as the view shows them (no contact). */
	private static List<List<String>> shown(FormView view) {
		List<List<String>> pages = new ArrayList<>();
		for (FormView.Page page : view.pages()) {
			List<String> names = page.questions()
				.stream()
				.filter(question -> !question.contact())
				.map(FormView.Question::name)
				.toList();
			if (!names.isEmpty()) {
				pages.add(names);
			}
		}
		return pages;
	}

	private static List<List<String>> names(FormLayout layout) {
		return layout.pages().stream().map(page -> page.questions().stream().map(FormQuestion::name).toList()).toList();
	}

	private static ValidationReport validate(List<ConfigDocument> documents) {
		return new ConfigSetValidator(SCHEMAS).validate(documents);
	}

	private static List<ConfigDocument> resolve(String pack) {
		Path folder = PACKS.resolve(pack).toAbsolutePath().normalize();
		ResolvedPack resolved = new PackLoader(PackRepository.directory(folder.getParent()), SCHEMAS)
			.resolve(PackSource.fromDirectory(folder));
		return resolved.documentsWithDefaults();
	}

	private static ObjectNode form(List<ConfigDocument> documents, String id) {
		return documents.stream()
			.filter(document -> document.is(ConfigKind.FORM) && document.id().equals(id))
			.findFirst()
			.orElseThrow()
			.content();
	}

	private static List<ConfigDocument> replaced(List<ConfigDocument> documents, ObjectNode form) {
		ConfigDocument edited = ConfigDocument.of(form);
		return documents.stream().map(document -> document.key().equals(edited.key()) ? edited : document).toList();
	}

	static List<Problem> errors(ValidationReport report) {
		return report.errors();
	}

}
