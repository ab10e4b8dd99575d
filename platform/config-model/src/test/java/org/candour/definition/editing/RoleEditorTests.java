package org.candour.definition.editing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.candour.definition.editing.RoleEditor.RoleFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role page's edits: every shipped role saved unchanged stays exactly as written; a
 * new role limited to feedback types; a change writes only what differs and keeps what
 * the page does not show.
 */
class RoleEditorTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Stream<Path> shippedRoles() throws IOException {
		return Files.walk(Path.of("../../tenant-configs"))
			.filter(file -> file.getFileName().toString().startsWith("role."))
			.sorted();
	}

	@ParameterizedTest
	@MethodSource("shippedRoles")
	void savingAShippedRoleUnchangedLeavesItAsItWas(Path file) throws IOException {
		ObjectNode role = (ObjectNode) JSON.readTree(file.toFile());
		assertThat(RoleEditor.apply(role, RoleEditor.read(role))).isEqualTo(role);
	}

	@Test
	void createsARoleLimitedToFeedbackTypes() {
		ObjectNode role = RoleEditor.create("childrens-officer", new RoleFields("Complaints officer — children's",
				"OFFICER", List.of("childrens-stage-1", "childrens-stage-2"), new BigDecimal("100")));
		assertThat(role).isEqualTo(JSON.readTree(
				"""
						{"kind": "role", "id": "childrens-officer", "title": "Complaints officer — children's",
						 "spec": {"baseRole": "OFFICER", "limits": {"feedbackTypes": ["childrens-stage-1", "childrens-stage-2"]},
						          "remedyLimit": 100}}"""));
		assertThat(RoleEditor.read(role).feedbackTypes()).containsExactly("childrens-stage-1", "childrens-stage-2");
	}

	@Test
	void writesOnlyWhatChangedAndKeepsWhatThePageDoesNotShow() {
		ObjectNode role = (ObjectNode) JSON.readTree("""
				{"kind": "role", "id": "r", "title": {"en": "Team officer", "cy": "Swyddog tîm"},
				 "spec": {"baseRole": "INVESTIGATOR", "description": "Works the team's cases.",
				          "limits": {"feedbackTypes": ["a", "b"], "orgUnits": ["north"]},
				          "groupClaims": ["SG-Team"], "remedyLimit": 250.0}}""");

		ObjectNode reordered = RoleEditor.apply(role,
				new RoleFields("Team officer", "INVESTIGATOR", List.of("b", "a"), new BigDecimal("250")));
		assertThat(reordered).as("the same types in another order, the same amount").isEqualTo(role);

		ObjectNode changed = RoleEditor.apply(role, new RoleFields("Area officer", "OFFICER", List.of(), null));
		assertThat(changed).isEqualTo(JSON.readTree("""
				{"kind": "role", "id": "r", "title": {"en": "Area officer", "cy": "Swyddog tîm"},
				 "spec": {"baseRole": "OFFICER", "description": "Works the team's cases.",
				          "limits": {"orgUnits": ["north"]}, "groupClaims": ["SG-Team"]}}"""));
	}

}
