package org.candour.web.officer.learning;

import java.util.List;
import java.util.Set;

import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.learning.ActionRow;
import org.candour.learning.LearningPlans;
import org.candour.security.Memberships;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Actions due: the actions not yet done that the signed-in person owns, or that a team of
 * theirs owns (their member's org units and the units inside them, as the queues decide
 * "my team"), overdue first, then by due date. Managers may list every unfinished action.
 */
@Controller
class ActionsDueController {

	private final LearningPlans plans;

	private final LearningVocabulary vocabulary;

	private final Memberships memberships;

	private final Actors actors;

	ActionsDueController(LearningPlans plans, LearningVocabulary vocabulary, Memberships memberships, Actors actors) {
		this.plans = plans;
		this.vocabulary = vocabulary;
		this.memberships = memberships;
		this.actors = actors;
	}

	@GetMapping("/t/{tenant}/actions")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR })
	String due(@RequestParam(defaultValue = "mine") String show, Model model) {
		String tenant = TenantContext.require().value();
		Actors.Actor actor = this.actors.current();
		boolean mayListAll = actor.hasAnyRole(List.of(EndpointRoles.MANAGER, EndpointRoles.AUDITOR));
		boolean all = mayListAll && "all".equals(show);
		LearningVocabulary.Words words = this.vocabulary.read();
		Set<String> teams = words.units()
			.withDescendants(this.memberships.list()
				.stream()
				.filter(member -> member.user().equals(actor.name()))
				.findFirst()
				.map(member -> member.orgUnits())
				.orElse(List.of()));
		List<Row> rows = this.plans.actions(null)
			.items()
			.stream()
			.filter(row -> !row.action().action().state().finished())
			.filter(row -> all || owns(row, actor.name(), teams))
			.map(row -> new Row(row.learning(),
					LearningPaths.record(tenant, row.learning()) + "#action-" + row.action().action().id(),
					row.action().action().id(), row.action().action().description(),
					words.owner(row.action().action().owner()), LearningText.day(row.action().action().dueDate()),
					row.action().action().state().code(), row.action().overdue(), words.theme(row.theme())))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("all", all);
		model.addAttribute("mayListAll", mayListAll);
		model.addAttribute("mineUrl", "/t/" + tenant + "/actions");
		model.addAttribute("allUrl", "/t/" + tenant + "/actions?show=all");
		model.addAttribute("wideLayout", true);
		return "officer/learning/actions";
	}

	private static boolean owns(ActionRow row, String user, Set<String> teams) {
		var owner = row.action().action().owner();
		if (owner == null) {
			return false;
		}
		return owner.team() ? teams.contains(owner.id()) : owner.id().equals(user);
	}

	/** A row of the actions due. */
	record Row(String learning, String href, String action, String description, String owner, String due, String state,
			boolean overdue, String theme) {
	}

}
