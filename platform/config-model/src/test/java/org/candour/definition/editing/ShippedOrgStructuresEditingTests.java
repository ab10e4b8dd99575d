package org.candour.definition.editing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.candour.definition.ConfigDocument;
import org.candour.definition.ConfigSetValidator;
import org.candour.definition.Schemas;
import org.candour.definition.editing.OrgStructureEditor.Restructure;
import org.candour.definition.model.OrgStructure;
import org.candour.definition.model.OrgUnit;
import org.candour.definition.pack.PackLoader;
import org.candour.definition.pack.PackRepository;
import org.candour.definition.pack.PackSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shipped org structure goes through the editor unchanged (each unit renamed to its
 * own name gives back the document as written, and no change is told), and a merge of two
 * of its teams from a future date is a valid structure of its pack.
 */
class ShippedOrgStructuresEditingTests {

	private static final Path PACKS = Path.of("../../tenant-configs");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Schemas SCHEMAS = new Schemas();

	static Stream<String> packs() throws IOException {
		try (Stream<Path> folders = Files.list(PACKS)) {
			return folders.filter(folder -> Files.isRegularFile(folder.resolve("org-structure.organisation.json")))
				.map(folder -> folder.getFileName().toString())
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("packs")
	void savingEveryUnitUnchangedGivesBackTheDocumentAsWritten(String pack) throws IOException {
		ObjectNode written = written(pack);
		ObjectNode saved = written;
		for (OrgUnit unit : OrgStructure.read(written).units()) {
			saved = OrgStructureEditor.rename(saved, unit.id(), Words.english(unit.name())).document();
		}

		assertThat(saved).isEqualTo(written);
		assertThat(ChangeWording.between(List.of(ConfigDocument.of(written)), List.of(ConfigDocument.of(saved))))
			.isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("packs")
	void aMergeOfTwoTeamsIsAValidStructureOfThePack(String pack) throws IOException {
		ObjectNode written = written(pack);
		LocalDate from = LocalDate.of(2031, 4, 1);
		List<OrgUnit> teams = OrgStructure.read(written)
			.activeOn(from)
			.stream()
			.filter(unit -> "team".equals(unit.type()))
			.filter(unit -> OrgStructure.read(written)
				.units()
				.stream()
				.noneMatch(child -> unit.id().equals(child.parent())))
			.limit(2)
			.toList();
		OrgEdit edit = OrgStructureEditor.restructure(written,
				new Restructure(teams.stream().map(OrgUnit::id).toList(), "Merged team", teams.get(0).parent(), from));

		assertThat(edit.problems()).isEmpty();
		List<ConfigDocument> documents = new ArrayList<>(resolve(pack));
		documents.replaceAll(
				document -> document.kind().equals("org-structure") ? ConfigDocument.of(edit.document()) : document);
		assertThat(new ConfigSetValidator(SCHEMAS).validate(documents).errors()).isEmpty();
		assertThat(Documents.sentences(written, edit.document())).hasSize(1)
			.allSatisfy(sentence -> assertThat(sentence).endsWith(" merge into 'Merged team' from 1 April 2031"));
	}

	private static ObjectNode written(String pack) throws IOException {
		return (ObjectNode) JSON.readTree(PACKS.resolve(pack).resolve("org-structure.organisation.json").toFile());
	}

	private static List<ConfigDocument> resolve(String pack) {
		Path folder = PACKS.resolve(pack).toAbsolutePath().normalize();
		return new PackLoader(PackRepository.directory(folder.getParent()), SCHEMAS)
			.resolve(PackSource.fromDirectory(folder))
			.documentsWithDefaults();
	}

}
