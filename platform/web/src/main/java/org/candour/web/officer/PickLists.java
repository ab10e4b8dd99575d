package org.candour.web.officer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.candour.api.EndpointRoles;
import org.candour.security.MachineClients;
import org.candour.security.TenantRoles;
import org.candour.security.Membership;
import org.candour.security.Memberships;
import org.candour.definition.model.Effect;
import org.candour.definition.model.Transition;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Pick-lists for action inputs that name a person or a team: the tenant's people who work
 * cases (members holding OFFICER, MANAGER or INVESTIGATOR, never a machine client such as
 * {@code candour-cli}) and the units of its org structure. An input offers one when its
 * control says so ({@code "options": {"source": "officers"}} or {@code "teams"}) or when
 * an {@code assign} effect gives the case to the officer or team it names.
 */
@Component
public class PickLists {

	public static final String OFFICERS = "officers";

	public static final String TEAMS = "teams";

	private static final Set<String> CASE_WORKERS = Set.of(EndpointRoles.OFFICER, EndpointRoles.MANAGER,
			EndpointRoles.INVESTIGATOR);

	private final Memberships memberships;

	private final MachineClients machines;

	private final TenantRoles roles;

	PickLists(Memberships memberships, MachineClients machines, TenantRoles roles) {
		this.memberships = memberships;
		this.machines = machines;
		this.roles = roles;
	}

	/** The current tenant's people who work cases, by user id. */
	public List<Item> officers() {
		return officers(this.memberships.list());
	}

	/** The people who work cases among {@code members}, by user id. */
	public List<Item> officers(List<Membership> members) {
		return members.stream()
			.filter(member -> this.roles.baseRoles(member.roles()).stream().anyMatch(CASE_WORKERS::contains))
			.filter(member -> !this.machines.isMachine(member.user()))
			.map(member -> new Item(member.user(), member.user()))
			.toList();
	}

	/**
	 * The units of the org structure a case may be given to on the day (those a
	 * restructure closed are not offered), in document order.
	 */
	public static List<Item> teams(OrgUnits units, LocalDate day) {
		return units.activeOn(day).stream().map(unit -> new Item(unit.id(), unit.name())).toList();
	}

	/**
	 * The pick-list an input of the transition offers: {@value #OFFICERS},
	 * {@value #TEAMS}, or null for none.
	 */
	public static String sourceOf(Transition transition, String input) {
		JsonNode ui = transition.inputsUi();
		if (ui != null) {
			for (JsonNode control : ui.findParents("scope")) {
				if (("#/properties/" + input).equals(control.path("scope").asString())
						&& control.path("options").has("source")) {
					return control.path("options").path("source").asString();
				}
			}
		}
		for (Effect effect : transition.effects()) {
			if (effect instanceof Effect.Assign assign && ("/inputs/" + input).equals(assign.source())) {
				return "officer".equals(assign.to()) ? OFFICERS : "team".equals(assign.to()) ? TEAMS : null;
			}
		}
		return null;
	}

	/**
	 * One choice.
	 *
	 * @param value what is recorded (user id, org unit id)
	 * @param label what the officer reads
	 */
	public record Item(String value, String label) {
	}

}
