package org.candour.admin.members;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.admin.Texts;
import org.candour.api.EndpointRoles;
import org.candour.definition.ConfigKind;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.Role;

/**
 * The roles a member may be given, by the words administrators read: the platform's base
 * roles, then the tenant's role documents as published (with their base role and limits).
 */
final class RoleChoices {

	private static final Map<String, String> BASE = new LinkedHashMap<>();

	static {
		BASE.put(EndpointRoles.TENANT_ADMIN, "Tenant administrator");
		BASE.put(EndpointRoles.MANAGER, "Manager");
		BASE.put(EndpointRoles.OFFICER, "Officer");
		BASE.put(EndpointRoles.INVESTIGATOR, "Investigator");
		BASE.put(EndpointRoles.AUDITOR, "Auditor");
		BASE.put(EndpointRoles.EQUALITY_ANALYST, "Equality analyst");
		BASE.put(EndpointRoles.DATA_PROTECTION, "Data protection officer");
	}

	private final Map<String, String> titles = new LinkedHashMap<>();

	private final Map<String, String> described = new LinkedHashMap<>();

	RoleChoices(CompiledConfiguration configuration) {
		BASE.forEach((name, title) -> {
			this.titles.put(name, title);
			this.described.put(name, title + " (platform role)");
		});
		if (configuration == null) {
			return;
		}
		configuration.roles().values().forEach(role -> {
			String title = configuration.document(ConfigKind.ROLE, role.id())
				.map(document -> Texts.english(document.title(), role.id()))
				.orElse(role.id());
			this.titles.put(role.id(), title);
			this.described.put(role.id(),
					title + ": " + BASE.getOrDefault(role.baseRole(), role.baseRole()) + limits(role, configuration));
		});
	}

	/** The platform's tenant roles, by name. */
	static List<String> baseRoles() {
		return List.copyOf(BASE.keySet());
	}

	/** The platform's tenant roles, as radios show them. */
	static List<Choice> baseChoices() {
		List<Choice> choices = new ArrayList<>();
		BASE.forEach((value, label) -> choices.add(new Choice(value, label)));
		return choices;
	}

	/** A base role in words. */
	static String baseTitle(String name) {
		return BASE.getOrDefault(name, name);
	}

	/** The choices, as checkboxes show them. */
	List<Choice> choices() {
		List<Choice> choices = new ArrayList<>();
		this.described.forEach((value, label) -> choices.add(new Choice(value, label)));
		return choices;
	}

	/** The role's title; a role no longer published shows its id. */
	String title(String role) {
		return this.titles.getOrDefault(role, role + " (no longer published)");
	}

	List<String> names() {
		return List.copyOf(this.titles.keySet());
	}

	private static String limits(Role role, CompiledConfiguration configuration) {
		List<String> parts = new ArrayList<>();
		if (!role.limits().feedbackTypes().isEmpty()) {
			parts.add("only " + String.join(", ",
					role.limits()
						.feedbackTypes()
						.stream()
						.map(id -> configuration.document(ConfigKind.FEEDBACK_TYPE, id)
							.map(document -> Texts.english(document.title(), id))
							.orElse(id))
						.toList()));
		}
		if (!role.limits().orgUnits().isEmpty()) {
			parts.add("only cases of " + String.join(", ", role.limits().orgUnits()));
		}
		return parts.isEmpty() ? "" : ", " + String.join("; ", parts);
	}

	/**
	 * One checkbox.
	 *
	 * @param value what is posted
	 * @param label what the administrator reads
	 */
	record Choice(String value, String label) {
	}

}
