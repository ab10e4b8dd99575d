package org.candour.definition.pack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.candour.definition.CanonicalJson;
import org.candour.definition.ConfigDocument;
import org.candour.definition.FieldWidgets;
import org.candour.definition.JsonPatchDiff;
import org.candour.definition.Schemas;
import org.candour.definition.normal.Normaliser;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-off check, run when the packs of before the lean rewrite are given (e.g.
 * {@code git archive <commit> tenant-configs | tar -x -C /tmp/before} and
 * {@code -Dcandour.packs.before=/tmp/before/tenant-configs}): each pack, normalised,
 * means what it meant before, document by document. Meaning ignores what the renderer and
 * the engine ignore: the order of {@code required}, {@code allOf} and {@code roles}, a
 * widget hint equal to the widget the schema gives anyway, a UI schema that only lists
 * every input in order. The choice labels a code list now gives are printed, not failed;
 * the few documents whose guards were rewritten on purpose are listed with the reason.
 */
@EnabledIfSystemProperty(named = "candour.packs.before", matches = ".+")
class LeanPacksEquivalenceTests {

	private static final String NOT_UPHELD = "respond: the risk assessment is required when the decision is "
			+ "not-upheld, not-reviewed or review-proposed (the risk-assessed rule) instead of when it is not-upheld; "
			+ "the same guard allows only upheld, partially-upheld and not-upheld";

	/**
	 * Guards rewritten on purpose: document → the pointer of the rewritten guard → why.
	 * Their differences are printed; any other difference fails.
	 */
	private static final Map<String, Map<String, String>> REWRITTEN = Map.of("workflow/service-complaint-completed",
			Map.of("/spec/transitions/5/guard", NOT_UPHELD), "workflow/service-complaint-ongoing",
			Map.of("/spec/transitions/5/guard", NOT_UPHELD), "workflow/review-request",
			Map.of("/spec/transitions/4/guard", "propose-review: the risk-assessed rule's conditional branch is added "
					+ "next to the unconditional requirement, which already implies it"));

	static Stream<String> packs() {
		return Stream.of("central-government-department", "county-council", "ombudsman-customer-care",
				"unitary-council-triage");
	}

	@ParameterizedTest
	@MethodSource("packs")
	void theNormalisedPackMeansWhatItMeantBefore(String pack) {
		Map<String, ConfigDocument> before = normalised(Path.of(System.getProperty("candour.packs.before")), pack);
		Map<String, ConfigDocument> after = normalised(ShippedPacksTests.PACKS.toAbsolutePath().normalize(), pack);
		List<String> unexplained = new ArrayList<>();
		assertThat(after.keySet()).containsAll(before.keySet());
		for (String key : before.keySet()) {
			JsonNode old = meaning(before.get(key).content(), true);
			JsonNode now = meaning(after.get(key).content(), true);
			ArrayNode labels = JsonPatchDiff.diff(meaning(before.get(key).content(), false),
					meaning(after.get(key).content(), false));
			ArrayNode patch = JsonPatchDiff.diff(old, now);
			if (!sameOrder(old, now)) {
				unexplained.add(pack + " " + key + ": property order");
			}
			for (JsonNode change : patch) {
				String path = change.path("path").asString("");
				String reason = REWRITTEN.getOrDefault(key, Map.of())
					.entrySet()
					.stream()
					.filter(entry -> path.startsWith(entry.getKey()))
					.map(Map.Entry::getValue)
					.findFirst()
					.orElse(null);
				String line = pack + " " + key + " " + text(change);
				System.out.println((reason == null ? "UNEXPLAINED " : "rewritten on purpose (" + reason + ") ") + line);
				if (reason == null) {
					unexplained.add(line);
				}
			}
			labels.valueStream()
				.filter(change -> change.path("path").asString("").matches(".*/(oneOf|enum)(/.*)?"))
				.forEach(change -> System.out.println("labelled by a code list: " + pack + " " + key + " "
						+ change.path("path").asString() + " " + text(change.path("value"))));
		}
		assertThat(unexplained).isEmpty();
	}

	private static String text(JsonNode value) {
		String text = value.toString();
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}

	private static Map<String, ConfigDocument> normalised(Path root, String pack) {
		ResolvedPack resolved = new PackLoader(PackRepository.directory(root), new Schemas())
			.resolve(PackSource.fromDirectory(root.resolve(pack)));
		Map<String, ConfigDocument> byKey = new LinkedHashMap<>();
		new Normaliser().normalise(resolved.documents()).documents().forEach(doc -> byKey.put(doc.key(), doc));
		return byKey;
	}

	/**
	 * The document as the engine and the renderer read it. With {@code unlabelled}, a
	 * choice list {@code oneOf: [{const, title}]} counts as the {@code enum} of its
	 * codes.
	 */
	static JsonNode meaning(JsonNode document, boolean unlabelled) {
		JsonNode copy = document.deepCopy();
		for (JsonNode transition : copy.path("spec").path("transitions")) {
			ObjectNode object = (ObjectNode) transition;
			JsonNode inputs = object.path("inputs");
			if (object.path("inputsUi").isObject()) {
				withoutDerivedWidgets(object.get("inputsUi"), inputs, object);
				if (onlyListsEveryInput(object.get("inputsUi"), inputs)) {
					object.remove("inputsUi");
				}
			}
		}
		if (copy.path("spec").path("uiSchema").isObject()) {
			withoutDerivedWidgets(copy.path("spec").path("uiSchema"), copy.path("spec").path("schema"), null);
		}
		return sets(copy, unlabelled);
	}

	private static JsonNode sets(JsonNode node, boolean unlabelled) {
		if (node instanceof ObjectNode object) {
			ObjectNode result = JsonNodeFactory.instance.objectNode();
			object.properties().forEach(entry -> {
				JsonNode value = sets(entry.getValue(), unlabelled);
				if (Set.of("required", "allOf", "roles").contains(entry.getKey()) && value.isArray()) {
					value = sorted((ArrayNode) value);
				}
				if (unlabelled && "oneOf".equals(entry.getKey()) && choices(value)) {
					ArrayNode codes = JsonNodeFactory.instance.arrayNode();
					value.forEach(choice -> codes.add(choice.path("const")));
					result.set("enum", codes);
				}
				else {
					result.set(entry.getKey(), value);
				}
			});
			return result;
		}
		if (node instanceof ArrayNode array) {
			ArrayNode result = JsonNodeFactory.instance.arrayNode();
			array.forEach(item -> result.add(sets(item, unlabelled)));
			return result;
		}
		return node;
	}

	private static boolean choices(JsonNode oneOf) {
		return oneOf.isArray() && oneOf.valueStream()
			.allMatch(choice -> choice.isObject() && choice.has("const") && choice.size() <= 2
					&& (choice.size() == 1 || choice.has("title")));
	}

	private static ArrayNode sorted(ArrayNode array) {
		ArrayNode sorted = JsonNodeFactory.instance.arrayNode();
		array.valueStream().sorted(Comparator.comparing(CanonicalJson::text)).forEach(sorted::add);
		return sorted;
	}

	private static boolean sameOrder(JsonNode old, JsonNode now) {
		if (old.isObject() && now.isObject()) {
			if (old.has("properties") && now.has("properties") && old.path("properties").isObject()
					&& !old.path("properties").propertyNames().equals(now.path("properties").propertyNames())) {
				return false;
			}
			return old.properties().stream().allMatch(entry -> sameOrder(entry.getValue(), now.path(entry.getKey())));
		}
		if (old.isArray() && now.isArray() && old.size() == now.size()) {
			for (int i = 0; i < old.size(); i++) {
				if (!sameOrder(old.get(i), now.get(i))) {
					return false;
				}
			}
		}
		return true;
	}

	private static void withoutDerivedWidgets(JsonNode element, JsonNode schema, JsonNode transition) {
		if ("Control".equals(element.path("type").asString("")) && element.path("options") instanceof ObjectNode options
				&& options.has("widget")) {
			String scope = element.path("scope").asString("");
			JsonNode property = schema.at(scope.startsWith("#") ? scope.substring(1) : "/none");
			String widget = options.path("widget").asString();
			String name = scope.startsWith("#/properties/") ? scope.substring("#/properties/".length()) : "";
			boolean derived = FieldWidgets.kind(widget, property).equals(FieldWidgets.kind(null, property))
					&& !(transition != null && transition.path("bulk").asBoolean(false) && "textarea".equals(widget)
							&& property.path("maxLength").asInt(0) <= 500);
			boolean pickList = transition != null && "select".equals(widget) && pickList(transition, name, options)
					&& !property.has("enum") && !property.has("oneOf") && !property.has("anyOf")
					&& "string".equals(property.path("type").asString("string"));
			if (derived || pickList) {
				options.remove("widget");
				if (options.isEmpty()) {
					((ObjectNode) element).remove("options");
				}
			}
		}
		element.path("elements").forEach(child -> withoutDerivedWidgets(child, schema, transition));
	}

	private static boolean pickList(JsonNode transition, String input, JsonNode options) {
		return options.has("source") || transition.path("effects")
			.valueStream()
			.anyMatch(effect -> "assign".equals(effect.path("type").asString(""))
					&& ("/inputs/" + input).equals(effect.path("source").asString("")));
	}

	private static boolean onlyListsEveryInput(JsonNode ui, JsonNode inputs) {
		if (!"VerticalLayout".equals(ui.path("type").asString("")) || ui.size() != 2) {
			return false;
		}
		List<String> names = new ArrayList<>(inputs.path("properties").propertyNames());
		JsonNode elements = ui.path("elements");
		if (elements.size() != names.size()) {
			return false;
		}
		for (int i = 0; i < names.size(); i++) {
			JsonNode element = elements.get(i);
			if (element.size() != 2 || !"Control".equals(element.path("type").asString(""))
					|| !("#/properties/" + names.get(i)).equals(element.path("scope").asString(""))) {
				return false;
			}
		}
		return true;
	}

}
