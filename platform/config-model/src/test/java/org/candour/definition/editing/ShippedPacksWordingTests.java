package org.candour.definition.editing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.candour.definition.ConfigDocument;
import org.candour.definition.Schemas;
import org.candour.definition.normal.Normaliser;
import org.candour.definition.pack.PackLoader;
import org.candour.definition.pack.PackRepository;
import org.candour.definition.pack.PackSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.definition.editing.Documents.at;
import static org.candour.definition.editing.Documents.json;

/**
 * The wording of real changes to the shipped packs, as the lean documents are written.
 */
class ShippedPacksWordingTests {

	private static final Path PACKS = Path.of("../../tenant-configs").toAbsolutePath().normalize();

	static List<ConfigDocument> pack(String id) {
		return new PackLoader(PackRepository.directory(PACKS), new Schemas())
			.resolve(PackSource.fromDirectory(PACKS.resolve(id)))
			.documents();
	}

	@Test
	void tellsAnAdministratorsEditsToTheCountyPackInWords() {
		List<ConfigDocument> before = pack("county-council");
		List<ConfigDocument> after = new ArrayList<>(before);
		edit(after, "form/complaint-form", form -> {
			at(form, "/spec/schema/properties").set("ward", json("{\"type\": \"string\", \"title\": \"Which ward?\"}"));
			((ArrayNode) form.at("/spec/uiSchema/elements/1/elements"))
				.add(json("{\"type\": \"Control\", \"scope\": \"#/properties/ward\"}"));
			at(form, "/spec/schema/properties/details").set("title",
					json("{\"en\": \"What happened?\", \"cy\": \"Beth ddigwyddodd?\"}"));
		});
		edit(after, "notification-template/complaint-acknowledgement",
				template -> at(template, "/spec").put("subject", "We have your complaint {{reference}}"));
		edit(after, "workflow/complaint-stage-1",
				workflow -> at(workflow, "/spec/clocks/1").put("duration", "15 working days"));
		edit(after, "feedback-type/compliment",
				type -> at(type, "/spec").put("public", false).putObject("dataProtection").put("retentionMonths", 24));
		after.removeIf(document -> document.key().equals("report/backlog-position"));

		List<String> sentences = ChangeWording.between(before, after)
			.stream()
			.flatMap(change -> change.sentences().stream())
			.toList();

		assertThat(sentences).containsExactly("'Compliment' is now staff-only (no longer offered to residents)",
				"Retention period of 'Compliment' 36 → 24 months", "Question 'Which ward?' added to page 2",
				"Welsh text added to question 'What happened?'", "Subject of 'Stage 1 acknowledgement' changed",
				"Report 'Backlog position by directorate and type' removed",
				"Clock 'Stage 1 response due' 10 → 15 working days");
		assertThat(sentences(ChangeWording.between(new Normaliser().normalise(before).documents(),
				new Normaliser().normalise(after).documents())))
			.as("the same edits, the draft normalised and compared with a canonical version")
			.isEqualTo(sentences);
	}

	@Test
	void tellsTheDifferenceBetweenTwoShippedPacksWithoutJson() {
		List<DocumentChanges> changes = ChangeWording.between(pack("county-council"), pack("unitary-council-triage"));

		assertThat(changes).hasSizeGreaterThan(20).allSatisfy(change -> assertThat(change.sentences()).isNotEmpty());
		assertThat(sentences(changes)).allSatisfy(sentence -> assertThat(sentence).doesNotContain("{", "\""));
	}

	@Test
	void tellsEveryPairOfShippedPacksAndTheirNormalisedFormsWithoutJson() throws java.io.IOException {
		List<String> packs = ShippedConditionsTests.packs();
		List<String> sentences = new ArrayList<>();
		for (String from : packs) {
			List<ConfigDocument> lean = pack(from);
			sentences.addAll(sentences(ChangeWording.between(lean, new Normaliser().normalise(lean).documents())));
			for (String to : packs) {
				sentences.addAll(sentences(ChangeWording.between(lean, pack(to))));
			}
		}

		assertThat(sentences).hasSizeGreaterThan(1000)
			.allSatisfy(sentence -> assertThat(sentence).doesNotContain("{", "\"").isNotBlank());
	}

	private static List<String> sentences(List<DocumentChanges> changes) {
		return changes.stream().flatMap(change -> change.sentences().stream()).toList();
	}

	private static void edit(List<ConfigDocument> documents, String key, Consumer<ObjectNode> edit) {
		for (int i = 0; i < documents.size(); i++) {
			if (documents.get(i).key().equals(key)) {
				ObjectNode copy = documents.get(i).content().deepCopy();
				edit.accept(copy);
				documents.set(i, ConfigDocument.of(copy));
				return;
			}
		}
		throw new AssertionError("No document " + key);
	}

}
