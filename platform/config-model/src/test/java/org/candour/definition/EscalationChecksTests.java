package org.candour.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A feedback type's {@code escalatesTo} says where its cases may go: an escalate effect
 * of its workflow into a type it does not list is refused.
 */
class EscalationChecksTests {

	private static final ConfigSetValidator VALIDATOR = new ConfigSetValidator(new Schemas());

	private static final List<String> KINDS = List.of("feedback-type", "form", "workflow", "org-structure", "calendar",
			"notification-template", "report");

	private final Map<String, ObjectNode> documents = new LinkedHashMap<>();

	@BeforeEach
	void consistentSetWhoseDuplicateActionAlsoEscalates() {
		KINDS.forEach(kind -> this.documents.put(kind, JsonResources.read("sets/consistent/" + kind + ".json")));
		ObjectNode review = this.documents.get("feedback-type").deepCopy();
		review.put("id", "complaint-review");
		this.documents.put("review", review);
		ArrayNode effects = (ArrayNode) this.documents.get("workflow").at("/spec/transitions/8/effects");
		effects.addObject().put("type", "escalate").put("feedbackType", "complaint-review").put("link", "related");
	}

	@Test
	void refusesAnEscalationTheTypeDoesNotList() {
		assertThat(validate())
			.contains(tuple("ref.escalation-undeclared", "feedback-type/complaint-stage-1", "/spec/escalatesTo"));
	}

	@Test
	void acceptsAnEscalationTheTypeLists() {
		((ObjectNode) this.documents.get("feedback-type").path("spec")).putArray("escalatesTo").add("complaint-review");
		((ObjectNode) this.documents.get("review").path("spec")).putArray("escalatesTo").add("complaint-review");

		assertThat(validate()).extracting(problem -> problem.toList().get(0))
			.doesNotContain("ref.escalation-undeclared");
	}

	private List<org.assertj.core.groups.Tuple> validate() {
		List<ConfigDocument> set = new ArrayList<>();
		this.documents.values().forEach(content -> set.add(ConfigDocument.of(content)));
		return VALIDATOR.validate(set)
			.errors()
			.stream()
			.map(problem -> tuple(problem.code(), problem.document(), problem.pointer()))
			.toList();
	}

}
