package org.candour.definition;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.candour.definition.pack.PackLoader;
import org.candour.definition.pack.PackRepository;
import org.candour.definition.pack.PackSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * A workflow's triage names classifying actions and, for some, the action that allocates
 * the case in the same step: the allocation must be one the classification makes
 * possible, in the same workflow.
 */
class TriageChecksTests {

	private static final Schemas SCHEMAS = new Schemas();

	private static final String TRIAGE = "/spec/triage/classifications/0/allocateWith";

	@Test
	void theShippedTriageIsAccepted() {
		assertThat(errors(workflow -> {
		})).isEmpty();
	}

	@Test
	void anAllocationTheClassificationDoesNotLeadToIsRefused() {
		List<Problem> errors = errors(workflow -> ((ObjectNode) workflow.at("/spec/triage/classifications/0"))
			.put("allocateWith", "triage-signpost"));

		assertThat(errors).extracting(Problem::code, Problem::pointer)
			.contains(tuple("ref.triage-allocation-unreachable", TRIAGE));
	}

	@Test
	void aClassificationThatMovesTheCaseToAnotherWorkflowCannotAllocateInTheSameStep() {
		List<Problem> errors = errors(workflow -> workflow.path("spec").path("transitions").forEach(transition -> {
			if ("triage-complaint".equals(transition.path("action").asString())) {
				ObjectNode each = (ObjectNode) transition;
				(each.has("effects") ? (tools.jackson.databind.node.ArrayNode) each.get("effects")
						: each.putArray("effects"))
					.addObject()
					.put("type", "reclassify")
					.put("feedbackType", "service-request");
			}
		}));

		assertThat(errors).extracting(Problem::code, Problem::pointer)
			.contains(tuple("ref.triage-allocation-unreachable", TRIAGE));
	}

	private static List<Problem> errors(Consumer<JsonNode> change) {
		Path folder = Path.of("../../tenant-configs/unitary-council-triage").toAbsolutePath().normalize();
		List<ConfigDocument> documents = new ArrayList<>();
		for (ConfigDocument document : new PackLoader(PackRepository.directory(folder.getParent()), SCHEMAS)
			.resolve(PackSource.fromDirectory(folder))
			.documentsWithDefaults()) {
			if (document.is(ConfigKind.WORKFLOW) && "contact-triage".equals(document.id())) {
				ObjectNode copy = document.content().deepCopy();
				change.accept(copy);
				documents.add(ConfigDocument.of(copy));
			}
			else {
				documents.add(document);
			}
		}
		return new ConfigSetValidator(SCHEMAS).validate(documents).errors();
	}

}
