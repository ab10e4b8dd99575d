package org.candour.definition.normal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.candour.definition.ConfigDocument;
import org.candour.definition.ConfigKind;
import org.candour.definition.Problem;
import tools.jackson.databind.JsonNode;

/**
 * The references of the lean format, checked where the author wrote them: templates
 * ({@code uses}), rules ({@code guard.rules}), role sets (lower-case entries of
 * {@code roles}), code lists ({@code codeList} and its {@code except} codes) and
 * fieldsets ({@code fieldsets}, UI placeholders).
 */
final class LeanReferences {

	private final Library library;

	private final List<Problem> problems = new ArrayList<>();

	LeanReferences(Library library) {
		this.library = library;
	}

	List<Problem> check(Collection<ConfigDocument> documents) {
		for (ConfigDocument document : documents) {
			JsonNode spec = document.spec();
			switch (ConfigKind.fromId(document.kind()).orElse(ConfigKind.BRANDING)) {
				case WORKFLOW -> workflow(document, spec);
				case TRANSITION_TEMPLATE -> transition(document, spec, "/spec");
				case RULE -> schema(document, spec.path("guard"), "/spec/guard");
				case FIELDSET -> {
					schema(document, spec.path("schema"), "/spec/schema");
					ui(document, spec.path("elements"), "/spec/elements");
				}
				case FORM -> {
					schema(document, spec.path("schema"), "/spec/schema");
					ui(document, spec.path("uiSchema"), "/spec/uiSchema");
				}
				default -> {
				}
			}
		}
		return this.problems;
	}

	private void workflow(ConfigDocument workflow, JsonNode spec) {
		JsonNode transitions = spec.path("transitions");
		for (int i = 0; i < transitions.size(); i++) {
			transition(workflow, transitions.get(i), "/spec/transitions/" + i);
		}
		JsonNode clocks = spec.path("clocks");
		for (int i = 0; i < clocks.size(); i++) {
			roles(workflow, clocks.get(i).path("extension").path("roles"), "/spec/clocks/" + i + "/extension/roles");
		}
		JsonNode states = spec.path("states");
		for (int i = 0; i < states.size(); i++) {
			JsonNode wordings = states.get(i).path("publicLabelWhen");
			for (int j = 0; j < wordings.size(); j++) {
				schema(workflow, wordings.get(j).path("when"), "/spec/states/" + i + "/publicLabelWhen/" + j + "/when");
			}
		}
	}

	private void transition(ConfigDocument document, JsonNode transition, String pointer) {
		if (transition.path("uses").isString()) {
			require(document, pointer + "/uses", ConfigKind.TRANSITION_TEMPLATE, transition.path("uses").asString(),
					"ref.template-missing");
		}
		roles(document, transition.path("roles"), pointer + "/roles");
		JsonNode rules = transition.path("guard").path("rules");
		for (int i = 0; i < rules.size(); i++) {
			require(document, pointer + "/guard/rules/" + i, ConfigKind.RULE, rules.get(i).asString(""),
					"ref.rule-missing");
		}
		schema(document, transition.path("guard"), pointer + "/guard");
		schema(document, transition.path("inputs"), pointer + "/inputs");
		ui(document, transition.path("inputsUi"), pointer + "/inputsUi");
	}

	private void roles(ConfigDocument document, JsonNode roles, String pointer) {
		for (int i = 0; i < roles.size(); i++) {
			if (RoleSets.isSetName(roles.get(i))) {
				require(document, pointer + "/" + i, ConfigKind.ROLE_SET, roles.get(i).asString(),
						"ref.role-set-missing");
			}
		}
	}

	private void schema(ConfigDocument document, JsonNode schema, String at) {
		Subschemas.visit(schema, at, (node, pointer) -> {
			if (node.path("codeList").isString()) {
				codeList(document, node, pointer);
			}
			JsonNode fieldsets = node.path("fieldsets");
			for (int i = 0; i < fieldsets.size(); i++) {
				require(document, pointer + "/fieldsets/" + i, ConfigKind.FIELDSET, fieldsets.get(i).asString(""),
						"ref.fieldset-missing");
			}
		});
	}

	private void codeList(ConfigDocument document, JsonNode node, String pointer) {
		String id = node.path("codeList").asString();
		if (!require(document, pointer + "/codeList", ConfigKind.CODE_LIST, id, "ref.code-list-missing")) {
			return;
		}
		Set<String> codes = new HashSet<>();
		this.library.spec(ConfigKind.CODE_LIST, id)
			.ifPresent(list -> list.path("values").forEach(value -> codes.add(value.path("code").asString(""))));
		JsonNode except = node.path("except");
		for (int i = 0; i < except.size(); i++) {
			if (!codes.contains(except.get(i).asString(""))) {
				this.problems.add(Problem.error("ref.code-missing", document.key(), pointer + "/except/" + i,
						"Code list '" + id + "' has no code '" + except.get(i).asString("") + "'"));
			}
		}
	}

	private void ui(ConfigDocument document, JsonNode element, String pointer) {
		if (!element.isContainer()) {
			return;
		}
		if (element.isArray()) {
			for (int i = 0; i < element.size(); i++) {
				ui(document, element.get(i), pointer + "/" + i);
			}
			return;
		}
		if (FieldsetUi.PLACEHOLDER.equals(element.path("type").asString(""))) {
			require(document, pointer + "/fieldset", ConfigKind.FIELDSET, element.path("fieldset").asString(""),
					"ref.fieldset-missing");
		}
		ui(document, element.path("elements"), pointer + "/elements");
	}

	private boolean require(ConfigDocument document, String pointer, ConfigKind kind, String id, String code) {
		if (this.library.has(kind, id)) {
			return true;
		}
		this.problems.add(Problem.error(code, document.key(), pointer, "No " + kind.id() + " with id '" + id + "'"));
		return false;
	}

}
