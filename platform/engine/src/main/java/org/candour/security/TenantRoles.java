package org.candour.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.candour.api.EndpointRoles;
import org.candour.cases.CaseScope;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.Role;

import org.springframework.stereotype.Component;

/**
 * The roles a member of the current tenant may hold: the platform's tenant roles (by
 * their upper-case names) and the tenant's role documents (custom roles, by their ids),
 * each built on a base role and perhaps limited to feedback types and org units. Several
 * roles combine as a union: a member has every capability of each role's base role, and
 * sees a case when any of their roles admits it.
 */
@Component
public class TenantRoles {

	/** The platform roles a member of a tenant may hold. */
	public static final Set<String> BASE_ROLES = Set.of(EndpointRoles.TENANT_ADMIN, EndpointRoles.MANAGER,
			EndpointRoles.OFFICER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR, EndpointRoles.EQUALITY_ANALYST,
			EndpointRoles.DATA_PROTECTION);

	private final ActiveConfigurations configurations;

	TenantRoles(ActiveConfigurations configurations) {
		this.configurations = configurations;
	}

	/**
	 * The current tenant's role documents by id, as published; none before its first
	 * publication.
	 */
	public Map<String, Role> documents() {
		return this.configurations.current().map(version -> version.model().roles()).orElse(Map.of());
	}

	/** Whether a member may be given the role: a base role or a role document's id. */
	public boolean exists(String name) {
		return BASE_ROLES.contains(name) || documents().containsKey(name);
	}

	/** The base roles the held roles give (names that are neither are ignored). */
	public Set<String> baseRoles(Collection<String> held) {
		Map<String, Role> documents = documents();
		Set<String> base = new LinkedHashSet<>();
		for (String name : held) {
			if (BASE_ROLES.contains(name)) {
				base.add(name);
			}
			else if (documents.containsKey(name) && BASE_ROLES.contains(documents.get(name).baseRole())) {
				base.add(documents.get(name).baseRole());
			}
		}
		return base;
	}

	/** The role documents whose group claims include one of the groups. */
	List<String> ofGroups(Collection<String> groups) {
		return documents().values()
			.stream()
			.filter(role -> role.groupClaims().stream().anyMatch(groups::contains))
			.map(Role::id)
			.toList();
	}

	/**
	 * The held roles a member may have, their base roles, and the cases they reach.
	 */
	Grant grant(Collection<String> held, Set<String> memberUnits) {
		Map<String, Role> documents = documents();
		Set<String> known = new LinkedHashSet<>();
		held.stream().filter(name -> BASE_ROLES.contains(name) || documents.containsKey(name)).forEach(known::add);
		Set<String> roles = new LinkedHashSet<>(known);
		roles.addAll(baseRoles(known));
		return new Grant(roles, memberUnits, reaches(known, memberUnits, documents));
	}

	/**
	 * Empty when some held role sees every case (or none sees any case, as for an
	 * equality analyst, whose pages name no case).
	 */
	private static Optional<List<CaseScope.Reach>> reaches(Set<String> held, Set<String> memberUnits,
			Map<String, Role> documents) {
		List<CaseScope.Reach> reaches = new ArrayList<>();
		for (String name : held) {
			Role role = BASE_ROLES.contains(name) ? null : documents.get(name);
			String base = (role == null) ? name : role.baseRole();
			Role.Limits limits = (role == null) ? Role.Limits.NONE : role.limits();
			if (!Role.CASE_ROLES.contains(base)) {
				continue;
			}
			List<Set<String>> units = new ArrayList<>();
			if (EndpointRoles.INVESTIGATOR.equals(base)) {
				units.add(memberUnits);
			}
			if (!limits.orgUnits().isEmpty()) {
				units.add(Set.copyOf(limits.orgUnits()));
			}
			Set<String> types = limits.feedbackTypes().isEmpty() ? null : Set.copyOf(limits.feedbackTypes());
			if (types == null && units.isEmpty()) {
				return Optional.empty();
			}
			reaches.add(new CaseScope.Reach(types, units));
		}
		return reaches.isEmpty() ? Optional.empty() : Optional.of(reaches);
	}

}
