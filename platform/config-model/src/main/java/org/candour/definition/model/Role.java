package org.candour.definition.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.candour.definition.ConfigDocument;

/**
 * A tenant's own role, built on one of the platform's base roles: its holders get the
 * base role's capabilities, for the cases within its limits only.
 *
 * @param id id of the document (the role's name)
 * @param baseRole the platform role it is built on
 * @param description what it is for; {@code null} when not given
 * @param limits which cases its holders see; {@link Limits#NONE} when not limited
 * @param groupClaims identity-provider groups that carry it
 * @param remedyLimit the highest financial remedy, in pounds, its holders may approve;
 * {@code null} when not given (no financial remedy)
 */
public record Role(String id, String baseRole, JsonNode description, Limits limits, List<String> groupClaims,
		BigDecimal remedyLimit) {

	/** The base roles that see cases, and so the only ones a role may limit. */
	public static final Set<String> CASE_ROLES = Set.of("TENANT_ADMIN", "MANAGER", "OFFICER", "INVESTIGATOR",
			"AUDITOR");

	public Role {
		limits = (limits == null) ? Limits.NONE : limits;
		groupClaims = List.copyOf(groupClaims);
	}

	/** Reads a role document. */
	public static Role read(ConfigDocument document) {
		JsonNode spec = document.spec();
		JsonNode limit = spec.path("remedyLimit");
		JsonNode limits = spec.path("limits");
		return new Role(document.id(), Json.text(spec, "baseRole"), Json.node(spec, "description"),
				new Limits(Json.strings(limits, "feedbackTypes"), Json.strings(limits, "orgUnits")),
				Json.strings(spec, "groupClaims"), limit.isNumber() ? limit.decimalValue() : null);
	}

	/** Whether its holders see only some cases. */
	public boolean limited() {
		return !this.limits.equals(Limits.NONE);
	}

	/**
	 * Which cases a role's holders see: each list, when not empty, must admit the case.
	 *
	 * @param feedbackTypes ids of the feedback types whose cases they see; empty for all
	 * @param orgUnits ids of the org units (or teams) a case must be about or allocated
	 * to; empty for all
	 */
	public record Limits(List<String> feedbackTypes, List<String> orgUnits) {

		public static final Limits NONE = new Limits(List.of(), List.of());

		public Limits {
			feedbackTypes = List.copyOf(feedbackTypes);
			orgUnits = List.copyOf(orgUnits);
		}

	}

}
