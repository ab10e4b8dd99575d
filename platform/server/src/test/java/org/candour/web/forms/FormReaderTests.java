package org.candour.web.forms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.candour.definition.ConfigKind;
import org.candour.definition.Schemas;
import org.candour.definition.model.Form;
import org.candour.definition.normal.Normaliser;
import org.candour.definition.pack.PackLoader;
import org.candour.definition.pack.PackRepository;
import org.candour.definition.pack.PackSource;
import org.candour.definition.pack.ResolvedPack;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** How a form's schema and UI hints become resident pages. */
class FormReaderTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path COUNTY = Path.of("../../tenant-configs/county-council");

	@Test
	void makesOnePagePerCategoryAndAsksContactDetailsApart() throws IOException {
		JsonNode spec = spec("form.complaint-form.json");
		FormPages form = new FormReader(Form.of("complaint-stage-1", spec), Locale.ENGLISH).read("complaint-stage-1",
				"Complaint");
		assertThat(form.pages()).extracting(FormPage::title)
			.containsExactly("About you", "Your complaint", "Supporting documents", "Help and adjustments");
		assertThat(form.pages().get(0).questions()).extracting(Question::name).containsExactly("preferredContact");
		assertThat(form.pages().get(1).questions()).extracting(Question::kind)
			.containsExactly("select", "text", "textarea", "date", "yes-no", "textarea", "textarea");
		assertThat(form.contact()).extracting(Question::name).containsExactly("name", "email", "phone", "address");
		assertThat(form.contact().get(3).parts()).extracting(Question::name)
			.containsExactly("line1", "line2", "town", "postcode");
		Question details = form.pages().get(1).questions().get(2);
		assertThat(details.required()).isTrue();
		assertThat(details.characterCount()).isTrue();
		assertThat(details.maxLength()).isEqualTo(5000);
		assertThat(form.pages().get(1).questions().get(0).choices()).hasSize(11);
		assertThat(form.pages().get(2).questions()).extracting(Question::kind).containsExactly("file");
	}

	@Test
	void givesQuestionsTheRulesOfTheirGroup() throws IOException {
		JsonNode spec = spec("form.asc-complaint-form.json");
		FormPages form = new FormReader(Form.of("asc-complaint", spec), Locale.ENGLISH).read("asc-complaint",
				"Complaint");
		Question relationship = form.questions()
			.stream()
			.filter(question -> question.name().equals("relationship"))
			.findFirst()
			.orElseThrow();
		assertThat(relationship.rules()).singleElement().extracting(Rule::field).isEqualTo("onBehalfOf");
		assertThat(form.contact()).filteredOn(question -> question.name().equals("personName"))
			.singleElement()
			.extracting(question -> question.rules().size())
			.isEqualTo(1);
	}

	@Test
	void withoutCategoriesAsksOneThingPerPageInTheReadersLanguage() {
		JsonNode spec = JSON.readTree("""
				{"schema": {"type": "object", "required": ["praise"], "properties": {
				  "praise": {"type": "string", "title": {"en": "What went well?", "cy": "Beth aeth yn dda?"}},
				  "team": {"type": "string", "enum": ["roads", "libraries"]},
				  "email": {"type": "string", "format": "email"}}},
				 "people": ["email"]}
				""");
		FormPages form = new FormReader(Form.of("compliment", spec), Locale.forLanguageTag("cy")).read("compliment",
				"Compliment");
		assertThat(form.pages()).extracting(FormPage::title).containsExactly("Beth aeth yn dda?", "team");
		assertThat(form.pages().get(1).questions().get(0).kind()).isEqualTo("radios");
		assertThat(form.contact()).extracting(Question::kind).containsExactly("email");
	}

	/**
	 * A form of the county pack as the engine stores it: the pack resolved and
	 * normalised.
	 */
	private static JsonNode spec(String file) throws IOException {
		String id = JSON.readTree(Files.readString(COUNTY.resolve(file))).path("id").asString();
		Path packs = COUNTY.toAbsolutePath().normalize().getParent();
		ResolvedPack pack = new PackLoader(PackRepository.directory(packs), new Schemas())
			.resolve(PackSource.fromDirectory(packs.resolve("county-council")));
		return new Normaliser().normalise(pack.documents())
			.documents()
			.stream()
			.filter(document -> document.is(ConfigKind.FORM) && document.id().equals(id))
			.findFirst()
			.orElseThrow()
			.spec();
	}

}
