package org.candour.definition.editing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.candour.definition.ConfigDocument;
import org.candour.definition.model.Form;
import org.candour.definition.normal.Normaliser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Every condition on a question of a shipped form reads into rows and back unchanged. */
class ShippedConditionsTests {

	private static final Path PACKS = Path.of("../../tenant-configs").toAbsolutePath().normalize();

	@Test
	void everyShippedFormConditionRoundTripsThroughRows() throws IOException {
		List<String> checked = new ArrayList<>();
		for (String pack : packs()) {
			List<ConfigDocument> documents = new Normaliser().normalise(ShippedPacksWordingTests.pack(pack))
				.documents();
			for (ConfigDocument document : documents) {
				if (document.kind().equals("form") && document.spec().path("uiSchema").isObject()) {
					Form form = Form.of(document.id(), document.spec());
					collect(form, document.spec().path("uiSchema"), pack + ":" + document.key(), checked);
				}
			}
		}

		assertThat(checked).containsExactly(
				"central-government-department:form/complaint-form:previousContact when raisedBefore",
				"county-council:form/asc-complaint-form:personName when onBehalfOf",
				"county-council:form/complaint-form:previousContact when raisedBefore",
				"county-council:form/sar-form:subjectName when requesterIs",
				"ombudsman-customer-care:form/service-complaint-form:previousContact when raisedBefore",
				"unitary-council-triage:form/contact-form:previousContact when raisedBefore");
	}

	private static void collect(Form form, JsonNode element, String where, List<String> checked) {
		JsonNode rule = element.get("rule");
		if (rule != null) {
			String question = firstQuestion(element);
			Optional<ConditionRows> rows = ConditionRows.of(rule);
			assertThat(rows).as(where + ":" + question).isPresent();
			assertThat(rows.get().check(form.layout(), question)).as(where + ":" + question).isEmpty();
			assertThat(rows.get().toRule(form.layout(), question)).as(where + ":" + question).isEqualTo(rule);
			checked.add(where + ":" + question + " when " + rows.get().rows().get(0).question());
		}
		element.path("elements").forEach(child -> collect(form, child, where, checked));
	}

	/** The control's question, or a group's first (its rule applies to all of them). */
	private static String firstQuestion(JsonNode element) {
		if (element.has("scope")) {
			return element.path("scope").asString("").substring("#/properties/".length());
		}
		for (JsonNode child : element.path("elements")) {
			String question = firstQuestion(child);
			if (question != null) {
				return question;
			}
		}
		return null;
	}

	static List<String> packs() throws IOException {
		try (Stream<Path> folders = Files.list(PACKS)) {
			return folders.filter(folder -> Files.isRegularFile(folder.resolve("manifest.json")))
				.map(folder -> folder.getFileName().toString())
				.sorted()
				.toList();
		}
	}

}
