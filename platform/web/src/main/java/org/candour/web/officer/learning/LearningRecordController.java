package org.candour.web.officer.learning;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.learning.ActionState;
import org.candour.learning.ActionView;
import org.candour.learning.LearningPlans;
import org.candour.learning.LearningView;
import org.candour.tenancy.TenantContext;
import org.candour.web.officer.OfficerPaths;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One learning record: its statement, theme, cases and public wording, and its actions as
 * summary cards with the buttons that move them on (start, mark done, and for a manager
 * verify). A move is made from the version the page showed; when the record changed
 * meanwhile the conflict page says so and nothing is written.
 */
@Controller
class LearningRecordController {

	private final LearningPlans plans;

	private final LearningVocabulary vocabulary;

	private final LearningText text;

	private final Actors actors;

	LearningRecordController(LearningPlans plans, LearningVocabulary vocabulary, LearningText text, Actors actors) {
		this.plans = plans;
		this.vocabulary = vocabulary;
		this.text = text;
		this.actors = actors;
	}

	@GetMapping("/t/{tenant}/learning/{id:LRN-[0-9]+}")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR })
	String show(@PathVariable String id, Model model) {
		String tenant = TenantContext.require().value();
		LearningView record = LearningPages.find(this.plans, id);
		LearningVocabulary.Words words = this.vocabulary.read();
		Actors.Actor actor = this.actors.current();
		boolean edits = actor.hasAnyRole(LearningPages.EDITORS);
		boolean verifies = actor.hasAnyRole(List.of(EndpointRoles.MANAGER));
		model.addAttribute("record", record);
		model.addAttribute("theme", words.theme(record.theme()));
		model.addAttribute("orgUnit", words.units().name(record.orgUnit()));
		model.addAttribute("cases",
				record.cases()
					.stream()
					.map(reference -> new CaseLink(reference, OfficerPaths.caseScreen(tenant, reference)))
					.toList());
		model.addAttribute("actions",
				record.actions().stream().map(action -> card(tenant, record, action, words, edits, verifies)).toList());
		model.addAttribute("edits", edits);
		model.addAttribute("publishes", verifies);
		model.addAttribute("publicationUrl", LearningPaths.publication(tenant, record.id()));
		model.addAttribute("editUrl", LearningPaths.edit(tenant, record.id()));
		model.addAttribute("addActionUrl", LearningPaths.newAction(tenant, record.id()));
		model.addAttribute("registerUrl", LearningPaths.register(tenant));
		return "officer/learning/record";
	}

	@PostMapping("/t/{tenant}/learning/{id:LRN-[0-9]+}/actions/{action}/state")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR })
	String move(@PathVariable String id, @PathVariable String action, @RequestParam String state,
			@RequestParam long version, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String tenant = TenantContext.require().value();
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.putObject("actions").putObject(action).put("state", state);
		try {
			this.plans.change(id, body, version);
		}
		catch (Refusal ex) {
			if (ex.is(Refusal.Kind.STALE)) {
				return LearningPages.conflict(tenant, id, model, response);
			}
			if (ex.is(Refusal.Kind.NOT_ALLOWED)) {
				throw new org.springframework.web.server.ResponseStatusException(HttpStatus.FORBIDDEN);
			}
			if (ex.is(Refusal.Kind.NOT_FOUND)) {
				throw new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			redirect.addFlashAttribute("failure", this.text.text("learning.state.refused"));
			return "redirect:" + LearningPaths.record(tenant, id);
		}
		redirect.addFlashAttribute("success", this.text.text("learning.state.moved." + state, action));
		return "redirect:" + LearningPaths.record(tenant, id) + "#action-" + action;
	}

	private ActionCard card(String tenant, LearningView record, ActionView view, LearningVocabulary.Words words,
			boolean edits, boolean verifies) {
		var action = view.action();
		ActionState state = action.state();
		List<Move> moves = List.of();
		if (edits) {
			moves = switch (state) {
				case PLANNED -> List.of(new Move("in-progress", this.text.text("learning.move.start")),
						new Move("done", this.text.text("learning.move.done")));
				case IN_PROGRESS -> List.of(new Move("done", this.text.text("learning.move.done")));
				case DONE ->
					verifies ? List.of(new Move("verified", this.text.text("learning.move.verify"))) : List.of();
				case VERIFIED -> List.of();
			};
		}
		return new ActionCard(action.id(), action.description(), words.owner(action.owner()),
				LearningText.day(action.startDate()), LearningText.day(action.dueDate()),
				this.text.text("learning.state." + state.code()), view.overdue(), action.review(),
				action.completionCheck(), action.impactMeasure(), action.impactResult(), action.standards(),
				(action.complainantInvolvement() == null) ? null
						: this.text.text("learning.involvement." + action.complainantInvolvement()),
				(action.complainantAgreed() == null) ? null
						: this.text.text("learning.agreed." + action.complainantAgreed()),
				moves,
				edits && state != ActionState.VERIFIED ? LearningPaths.action(tenant, record.id(), action.id()) : null);
	}

	/** A case the record came from, with its case screen. */
	record CaseLink(String reference, String href) {
	}

	/** A button that moves an action into {@code state}. */
	record Move(String state, String label) {
	}

	/** An action's summary card; {@code changeUrl} null when it may not be changed. */
	record ActionCard(String id, String description, String owner, String start, String due, String state,
			boolean overdue, String review, String completionCheck, String impactMeasure, String impactResult,
			String standards, String involvement, String agreed, List<Move> moves, String changeUrl) {
	}

}
