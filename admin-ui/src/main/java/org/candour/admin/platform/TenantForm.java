package org.candour.admin.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.candour.admin.PageProblem;
import org.candour.tenancy.NewTenant;
import org.candour.tenancy.TenantId;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the create-a-tenant page posts.
 *
 * @param id the tenant's slug, its URL segment
 * @param name the authority's name
 * @param kind what kind of body it is
 * @param division whose bank holidays it follows
 * @param isolation pooled or siloed
 * @param pack the shipped pack to start it with, or empty for none
 */
record TenantForm(String id, String name, String kind, String division, String isolation, String pack) {

	/** Each field's message when the tenant schema refuses it. */
	static final Map<String, String> MESSAGES = Map.of("id",
			"Enter an id of 3 to 40 lowercase letters, digits and single hyphens, like north-shire", "name",
			"Enter the name of the authority, up to 200 characters", "kind", "Select what kind of body it is",
			"division", "Select whose bank holidays it follows", "isolation", "Select where its records are kept");

	static TenantForm empty() {
		return new TenantForm("", "", "", "", "pooled", "");
	}

	public String trimmedId() {
		return this.id == null ? "" : this.id.trim();
	}

	public String trimmedName() {
		return this.name == null ? "" : this.name.trim();
	}

	boolean withPack() {
		return this.pack != null && !this.pack.isBlank();
	}

	/** What the page itself checks before asking the platform. */
	List<PageProblem> problems(List<String> packs) {
		List<PageProblem> problems = new ArrayList<>();
		if (trimmedId().isEmpty()) {
			problems.add(new PageProblem("id", "Enter an id for the tenant"));
		}
		else if (!TenantId.isValid(trimmedId())) {
			problems.add(new PageProblem("id", MESSAGES.get("id")));
		}
		if (trimmedName().isEmpty() || trimmedName().length() > 200) {
			problems.add(new PageProblem("name", MESSAGES.get("name")));
		}
		if (!Words.isOneOf(Words.KINDS, this.kind)) {
			problems.add(new PageProblem("kind", MESSAGES.get("kind")));
		}
		if (!Words.isOneOf(Words.DIVISIONS, this.division)) {
			problems.add(new PageProblem("division", MESSAGES.get("division")));
		}
		if (!Words.isOneOf(Words.ISOLATIONS, this.isolation)) {
			problems.add(new PageProblem("isolation", MESSAGES.get("isolation")));
		}
		if (withPack() && !packs.contains(this.pack)) {
			problems.add(new PageProblem("pack", "Select a configuration pack, or none"));
		}
		return problems;
	}

	/** The request body the platform checks against its {@code tenant} schema. */
	ObjectNode body() {
		ObjectNode body = JsonMapper.builder().build().createObjectNode();
		body.put("id", trimmedId());
		body.put("name", trimmedName());
		body.put("kind", this.kind);
		body.put("division", this.division);
		body.put("isolation", this.isolation);
		return body;
	}

	NewTenant command() {
		return new NewTenant(trimmedId(), trimmedName(), this.kind, this.division, null, this.isolation, null);
	}

}
