package org.candour.definition;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.Compiler;
import org.candour.definition.model.Open311Attribute;
import org.candour.definition.model.Open311Offer;
import org.candour.definition.pack.PackLoader;
import org.candour.definition.pack.PackRepository;
import org.candour.definition.pack.PackSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The county pack offers its service requests through Open311: the typed offer says what
 * the service list and definition show, and validation refuses a service whose code is
 * taken, whose parameters fill fields the form lacks or of the wrong type, whose
 * attributes are not questions Open311 can ask, or whose statuses name unknown states.
 */
class Open311ChecksTests {

	private static final Schemas SCHEMAS = new Schemas();

	@Test
	void theCountyServiceRequestIsOfferedWithItsQuestionsAsAttributes() {
		CompiledConfiguration model = new Compiler(SCHEMAS).compile(documents("service-request", type -> {
		})).configuration();

		Open311Offer offer = Open311Offer.byCode(model, "highways-problem").orElseThrow();
		assertThat(offer.feedbackType()).isEqualTo("service-request");
		assertThat(offer.serviceName()).isEqualTo("Roads, pavements and street lighting problem");
		assertThat(offer.group()).isEqualTo("Highways");
		assertThat(offer.fields()).containsEntry("description", "/details").containsEntry("lat", "/latitude");
		assertThat(offer.attributes())
			.extracting(Open311Attribute::code, Open311Attribute::datatype, Open311Attribute::required,
					Open311Attribute::order)
			.containsExactly(tuple("service", "singlevaluelist", true, 1),
					tuple("requestType", "singlevaluelist", true, 2));
		assertThat(offer.attributes().get(0).values()).first()
			.isEqualTo(new Open311Attribute.Value("highways", "Roads, pavements and street lighting"));
		assertThat(offer.summaryField()).isEqualTo("/summary");
		assertThat(offer.summaryMaxLength()).isEqualTo(150);
		assertThat(offer.status("new")).isEqualTo("open");
		assertThat(offer.status("in-progress")).isEqualTo("in_progress");
		assertThat(offer.status("closed")).isEqualTo("closed");
		assertThat(offer.notice("in-progress")).isEqualTo("We are dealing with your request");
		assertThat(Open311Offer.all(model)).hasSize(1);
	}

	@Test
	void aServiceCodeTwoTypesOfferIsRefusedOnTheSecond() {
		List<Problem> errors = errors("foi-request",
				type -> open311(type).put("serviceCode", "highways-problem")
					.putObject("fields")
					.put("description", "/details"));

		assertThat(errors).extracting(Problem::code, Problem::pointer)
			.contains(tuple("open311.service-code-taken", "/spec/open311/serviceCode"));
	}

	@Test
	void aParameterFillingAFieldTheFormLacksOrOfTheWrongTypeIsRefused() {
		List<Problem> errors = errors("service-request", type -> {
			ObjectNode fields = (ObjectNode) type.at("/spec/open311/fields");
			fields.put("phone", "/telephone");
			fields.put("lat", "/location");
			fields.put("address_string", "/latitude");
		});

		assertThat(errors).extracting(Problem::code, Problem::document, Problem::pointer)
			.containsExactlyInAnyOrder(
					tuple("open311.field-unknown", "feedback-type/service-request", "/spec/open311/fields/phone"),
					tuple("open311.field-type", "feedback-type/service-request", "/spec/open311/fields/lat"),
					tuple("open311.field-type", "feedback-type/service-request",
							"/spec/open311/fields/address_string"));
	}

	@Test
	void attributesMustBeQuestionsOpen311CanAsk() {
		List<Problem> errors = new ConfigSetValidator(SCHEMAS).validate(documents(document -> {
			if (document.path("id").asString().equals("service-request-form")) {
				((ObjectNode) document.at("/spec/schema/properties")).putObject("noticedOn")
					.put("type", "string")
					.put("format", "date");
				((tools.jackson.databind.node.ArrayNode) document.at("/spec/uiSchema/elements/0/elements")).addObject()
					.put("type", "Control")
					.put("scope", "#/properties/noticedOn");
			}
			else if (document.path("id").asString().equals("service-request")
					&& document.path("kind").asString().equals("feedback-type")) {
				((tools.jackson.databind.node.ArrayNode) document.at("/spec/open311/attributes")).add("dissatisfaction")
					.add("email")
					.add("noticedOn");
			}
		})).errors();

		assertThat(errors).extracting(Problem::code, Problem::pointer)
			.containsExactly(tuple("open311.attribute-unknown", "/spec/open311/attributes/2"),
					tuple("open311.attribute-unknown", "/spec/open311/attributes/3"),
					tuple("open311.attribute-kind", "/spec/open311/attributes/4"));
	}

	@Test
	void aStatusForAStateTheWorkflowLacksIsRefused() {
		List<Problem> errors = errors("service-request",
				type -> ((ObjectNode) type.at("/spec/open311/statuses")).put("fixed", "fixed"));

		assertThat(errors).extracting(Problem::code, Problem::pointer)
			.containsExactly(tuple("open311.state-unknown", "/spec/open311/statuses/fixed"));
	}

	private static ObjectNode open311(ObjectNode type) {
		return ((ObjectNode) type.get("spec")).putObject("open311");
	}

	private static List<Problem> errors(String feedbackType, Consumer<ObjectNode> change) {
		return new ConfigSetValidator(SCHEMAS).validate(documents(feedbackType, change)).errors();
	}

	private static List<ConfigDocument> documents(String feedbackType, Consumer<ObjectNode> change) {
		return documents(document -> {
			if (document.path("kind").asString().equals("feedback-type")
					&& document.path("id").asString().equals(feedbackType)) {
				change.accept(document);
			}
		});
	}

	/** The county pack, each document as {@code change} leaves a copy of it. */
	private static List<ConfigDocument> documents(Consumer<ObjectNode> change) {
		Path folder = Path.of("../../tenant-configs/county-council").toAbsolutePath().normalize();
		List<ConfigDocument> documents = new ArrayList<>();
		for (ConfigDocument document : new PackLoader(PackRepository.directory(folder.getParent()), SCHEMAS)
			.resolve(PackSource.fromDirectory(folder))
			.documentsWithDefaults()) {
			ObjectNode copy = document.content().deepCopy();
			change.accept(copy);
			documents.add(ConfigDocument.of(copy));
		}
		return documents;
	}

}
