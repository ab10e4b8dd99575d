package org.candour.definition.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.candour.definition.ConfigDocument;
import org.candour.definition.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PackLoaderTests {

	private static final Schemas SCHEMAS = new Schemas();

	@TempDir
	Path root;

	@Test
	void aPackGetsItsBasesDocumentsAndReplacesThoseWithTheSameKindAndId() throws IOException {
		base();
		write("child/manifest.json", manifest("child", "base"));
		write("child/calendar.working-days.json", calendar("scotland"));
		write("child/code-list.extra.json", codeList("extra", "yes"));
		ResolvedPack pack = resolve("child");
		assertThat(pack.problems()).isEmpty();
		assertThat(pack.documents()).extracting(ConfigDocument::key)
			.containsExactlyInAnyOrder("calendar/working-days", "code-list/outcomes", "code-list/extra");
		assertThat(find(pack, "calendar/working-days").spec().path("division").asString()).isEqualTo("scotland");
		assertThat(pack.origins()).containsEntry("calendar/working-days", "child/calendar.working-days.json")
			.containsEntry("code-list/outcomes", "base/code-list.outcomes.json");
	}

	@Test
	void patchFilesMergePatchABaseDocument() throws IOException {
		base();
		write("child/manifest.json", manifest("child", "base"));
		write("child/calendar.working-days.patch.json", """
				{"kind": "calendar", "id": "working-days", "patch": {"spec": {"cutOffTime": "16:30", "timeZone": null}}}
				""");
		ResolvedPack pack = resolve("child");
		ConfigDocument calendar = find(pack, "calendar/working-days");
		assertThat(calendar.spec().path("cutOffTime").asString()).isEqualTo("16:30");
		assertThat(calendar.spec().has("timeZone")).isFalse();
		assertThat(calendar.spec().path("division").asString()).isEqualTo("england-and-wales");
		assertThat(pack.origins()).containsEntry("calendar/working-days", "child/calendar.working-days.patch.json");
	}

	@Test
	void aBrokenReferenceIsReportedByFileAndPointer() throws IOException {
		base();
		write("child/manifest.json", manifest("child", "base"));
		write("child/feedback-type.complaint.json", """
				{"kind": "feedback-type", "id": "complaint", "title": "Complaint",
				 "spec": {"category": "complaint", "form": "nowhere", "workflow": "nothing"}}
				""");
		List<PackProblem> problems = new PackValidator(SCHEMAS).validate(resolve("child"));
		assertThat(problems).extracting(PackProblem::toString)
			.contains("child/feedback-type.complaint.json:/spec/form ref.form-missing No form with id 'nowhere'");
		assertThat(PackValidator.hasErrors(problems)).isTrue();
	}

	@Test
	void reportsAMissingBaseAnInheritanceLoopAndAPatchWithoutTarget() throws IOException {
		write("a/manifest.json", manifest("a", "b"));
		write("b/manifest.json", manifest("b", "a"));
		write("lonely/manifest.json", manifest("lonely", "absent"));
		write("lonely/form.x.patch.json", "{\"kind\": \"form\", \"id\": \"x\", \"patch\": {}}");
		assertThat(resolve("a").problems()).extracting(PackProblem::code).contains("pack.extends-cycle");
		assertThat(resolve("lonely").problems()).extracting(PackProblem::code)
			.contains("pack.base-missing", "pack.patch-target-missing");
	}

	@Test
	void twoFilesDefiningTheSameDocumentAreRefused() throws IOException {
		write("pk/manifest.json", manifest("pk", null));
		write("pk/one.json", codeList("same", "a"));
		write("pk/two.json", codeList("same", "b"));
		assertThat(resolve("pk").problems()).extracting(PackProblem::code).containsExactly("id.duplicate");
	}

	@Test
	void scenarioFilesAreNotConfiguration() throws IOException {
		write("pk/manifest.json", manifest("pk", null));
		write("pk/main-path.scenario.json", "{\"title\": \"not a document\"}");
		assertThat(resolve("pk").documents()).isEmpty();
		assertThat(resolve("pk").problems()).isEmpty();
	}

	private void base() throws IOException {
		write("base/manifest.json", manifest("base", null));
		write("base/calendar.working-days.json", calendar("england-and-wales"));
		write("base/code-list.outcomes.json", codeList("outcomes", "upheld"));
	}

	private ResolvedPack resolve(String pack) {
		return new PackLoader(PackRepository.directory(this.root), SCHEMAS)
			.resolve(PackSource.fromDirectory(this.root.resolve(pack)));
	}

	private static ConfigDocument find(ResolvedPack pack, String key) {
		return pack.documents().stream().filter(doc -> doc.key().equals(key)).findFirst().orElseThrow();
	}

	private void write(String file, String content) throws IOException {
		Path path = this.root.resolve(file);
		Files.createDirectories(path.getParent());
		Files.writeString(path, content);
	}

	private static String manifest(String id, String base) {
		return "{\"id\": \"" + id + "\", \"version\": \"1.0.0\", \"title\": \"" + id + "\""
				+ (base == null ? "" : ", \"extends\": \"" + base + "\"") + "}";
	}

	private static String calendar(String division) {
		return "{\"kind\": \"calendar\", \"id\": \"working-days\", \"title\": \"Working days\", \"spec\": {\"division\": \""
				+ division + "\", \"cutOffTime\": \"17:00\", \"timeZone\": \"Europe/London\"}}";
	}

	private static String codeList(String id, String code) {
		return "{\"$schema\": \"../x.json\", \"kind\": \"code-list\", \"id\": \"" + id + "\", \"title\": \"" + id
				+ "\", \"spec\": {\"values\": [{\"code\": \"" + code + "\", \"label\": \"" + code + "\"}]}}";
	}

}
