package org.candour.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.definition.model.Compiler;
import org.candour.definition.model.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A custom role is a base role limited to feedback types and org units that exist;
 * validation refuses limits naming what does not exist, limits on a role that sees no
 * cases, a base role that is no tenant role and the old free-text permissions.
 */
class RoleChecksTests {

	private static final Schemas SCHEMAS = new Schemas();

	private static final ConfigSetValidator VALIDATOR = new ConfigSetValidator(SCHEMAS);

	private static final List<String> KINDS = List.of("feedback-type", "form", "workflow", "org-structure", "calendar",
			"notification-template", "report");

	private final Map<String, ObjectNode> documents = new LinkedHashMap<>();

	@BeforeEach
	void consistentSetWithALimitedRole() {
		KINDS.forEach(kind -> this.documents.put(kind, JsonResources.read("sets/consistent/" + kind + ".json")));
		ObjectNode role = JsonResources.read("samples/role.valid.json");
		ObjectNode limits = ((ObjectNode) role.get("spec")).putObject("limits");
		limits.putArray("feedbackTypes").add("complaint-stage-1");
		limits.putArray("orgUnits").add("adults").add("adult-care-north");
		((ObjectNode) role.get("spec")).put("remedyLimit", 100);
		this.documents.put("role", role);
	}

	@Test
	void compilesTheLimitsIntoTheTypedRole() {
		Compiler.Compilation compilation = new Compiler(SCHEMAS).compile(set());

		assertThat(compilation.report().errors()).isEmpty();
		Role role = compilation.configuration().roles().get("complaints-officer");
		assertThat(role.baseRole()).isEqualTo("OFFICER");
		assertThat(role.limited()).isTrue();
		assertThat(role.limits().feedbackTypes()).containsExactly("complaint-stage-1");
		assertThat(role.limits().orgUnits()).containsExactly("adults", "adult-care-north");
		assertThat(role.groupClaims()).containsExactly("SG-Candour-Complaints-Officers", "complaints-officers");
		assertThat(role.remedyLimit()).isEqualByComparingTo(new BigDecimal("100"));
	}

	@Test
	void aRoleWithoutLimitsIsNotLimited() {
		spec().remove("limits");

		Role role = new Compiler(SCHEMAS).compile(set()).configuration().roles().get("complaints-officer");

		assertThat(role.limited()).isFalse();
		assertThat(role.limits()).isEqualTo(Role.Limits.NONE);
	}

	@Test
	void refusesLimitsNamingAFeedbackTypeOrOrgUnitThatDoesNotExist() {
		spec().withObject("limits").withArray("feedbackTypes").add("childrens-stage-1");
		spec().withObject("limits").withArray("orgUnits").add("childrens-services");

		assertThat(codesAndPointers()).containsExactly(
				tuple("ref.feedback-type-missing", "/spec/limits/feedbackTypes/1"),
				tuple("ref.org-unit-missing", "/spec/limits/orgUnits/2"));
	}

	@Test
	void refusesLimitsOnARoleThatSeesNoCases() {
		spec().put("baseRole", "EQUALITY_ANALYST");

		assertThat(codesAndPointers()).containsExactly(tuple("role.limits-without-cases", "/spec/limits"));
	}

	@Test
	void refusesPermissionsEmptyLimitsAndAPlatformBaseRole() {
		spec().putArray("permissions").add("cases:read");
		spec().put("baseRole", "PLATFORM_ADMIN");
		spec().putObject("limits");

		assertThat(VALIDATOR.validate(set()).errors()).extracting(Problem::pointer)
			.contains("/spec/permissions", "/spec/baseRole", "/spec/limits");
	}

	private ObjectNode spec() {
		return (ObjectNode) this.documents.get("role").get("spec");
	}

	private List<org.assertj.core.groups.Tuple> codesAndPointers() {
		return VALIDATOR.validate(set())
			.errors()
			.stream()
			.map(problem -> tuple(problem.code(), problem.pointer()))
			.toList();
	}

	private List<ConfigDocument> set() {
		List<ConfigDocument> set = new ArrayList<>();
		this.documents.values().forEach(content -> set.add(ConfigDocument.of(content)));
		return set;
	}

}
