package org.candour.definition.normal;

import org.candour.definition.ConfigKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Role lists that name role sets: a lower-case entry is the id of a {@code role-set}
 * document and stands for its roles, in its order; each role is kept once.
 */
final class RoleSets {

	private RoleSets() {
	}

	static boolean isSetName(JsonNode entry) {
		String text = entry.asString("");
		return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
	}

	/** Expands the role list at {@code field} of {@code owner} (in place). */
	static void expand(JsonNode owner, String field, Library library) {
		if (!(owner instanceof ObjectNode object) || !(object.get(field) instanceof ArrayNode roles)) {
			return;
		}
		if (roles.valueStream().noneMatch(RoleSets::isSetName)) {
			return;
		}
		ArrayNode expanded = JsonNodeFactory.instance.arrayNode();
		for (JsonNode entry : roles) {
			JsonNode set = isSetName(entry) ? library.spec(ConfigKind.ROLE_SET, entry.asString()).orElse(null) : null;
			if (set == null) {
				addOnce(expanded, entry);
			}
			else {
				set.path("roles").forEach(role -> addOnce(expanded, role));
			}
		}
		object.set(field, expanded);
	}

	private static void addOnce(ArrayNode roles, JsonNode role) {
		if (roles.valueStream().noneMatch(role::equals)) {
			roles.add(role.deepCopy());
		}
	}

}
