package org.candour.web.officer.queues;

import java.time.Clock;
import java.time.LocalDate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.cases.BulkAction;
import org.candour.cases.CaseBulkActions;
import org.candour.tenancy.TenantContext;
import org.candour.web.officer.OfficerPaths;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk actions for managers, in three steps that work without JavaScript: the cases
 * ticked on the queue page and the action chosen there; the action's inputs (e.g. the
 * officer to allocate to); then the result, case by case, on a page of its own.
 */
@Controller
@EndpointRoles(EndpointRoles.MANAGER)
class BulkActionController {

	private final Clock clock;

	private final CaseBulkActions bulk;

	private final QueueVocabularies vocabularies;

	private final QueuePeople people;

	private final Actors actors;

	private final BulkResults results;

	private final BulkOutcomeWords words;

	private final QueueMessages messages;

	private final QueueSettings settings;

	BulkActionController(CaseBulkActions bulk, QueueVocabularies vocabularies, QueuePeople people, Actors actors,
			BulkResults results, BulkOutcomeWords words, QueueMessages messages, QueueSettings settings,
			Optional<Clock> clock) {
		this.clock = clock.orElse(Clock.systemUTC());
		this.bulk = bulk;
		this.vocabularies = vocabularies;
		this.people = people;
		this.actors = actors;
		this.results = results;
		this.words = words;
		this.messages = messages;
		this.settings = settings;
	}

	/** From the queue page: the ticked cases and the chosen action. */
	@PostMapping("/t/{tenant}/work/bulk")
	String choose(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		Chosen chosen = chosen(params);
		if (!chosen.errors().isEmpty()) {
			return backToQueue(chosen, redirect);
		}
		return inputsPage(chosen, List.of(), Map.of(), params.getFirst("comment"), model);
	}

	/** From the action's page: take it on every case. */
	@PostMapping("/t/{tenant}/work/bulk/apply")
	String apply(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect,
			HttpSession session) {
		Chosen chosen = chosen(params);
		if (!chosen.errors().isEmpty()) {
			return backToQueue(chosen, redirect);
		}
		BulkInputs inputs = BulkInputs.read(chosen.action(), params, this.messages);
		String comment = Optional.ofNullable(params.getFirst("comment")).map(String::trim).orElse("");
		if (!inputs.errors().isEmpty()) {
			return inputsPage(chosen, inputs.errors(), inputs.typed(), comment, model);
		}
		String tenant = TenantContext.require().value();
		List<CaseBulkActions.Outcome> outcomes = this.bulk.take(new BulkAction(chosen.action().action(),
				chosen.targets(), inputs.inputs(), comment.isEmpty() ? null : comment));
		QueueVocabulary vocabulary = this.vocabularies.current();
		List<BulkResult.Row> rows = outcomes.stream()
			.map(outcome -> new BulkResult.Row(outcome.reference(),
					OfficerPaths.caseScreen(tenant, outcome.reference()), outcome.succeeded(),
					this.words.of(outcome, vocabulary)))
			.toList();
		String id = this.results.keep(session, new BulkResult(tenant, chosen.action().label(), rows, chosen.back()));
		return "redirect:" + OfficerPaths.work(tenant) + "/bulk/results/" + id;
	}

	@GetMapping("/t/{tenant}/work/bulk/results/{id}")
	String result(@PathVariable String id, Model model, HttpSession session) {
		String tenant = TenantContext.require().value();
		Optional<BulkResult> result = this.results.find(session, tenant, id);
		if (result.isEmpty()) {
			return "redirect:" + OfficerPaths.work(tenant);
		}
		model.addAttribute("result", result.get());
		return "officer/queues/bulk-result";
	}

	private String inputsPage(Chosen chosen, List<FilterError> errors, Map<String, String> typed, String comment,
			Model model) {
		model.addAttribute("action", chosen.action());
		model.addAttribute("cases", chosen.values());
		model.addAttribute("back", chosen.back());
		model.addAttribute("errors", errors);
		model.addAttribute("fieldErrors", FilterError.byField(errors));
		model.addAttribute("typed", typed);
		model.addAttribute("comment", comment == null ? "" : comment);
		return "officer/queues/bulk-action";
	}

	private String backToQueue(Chosen chosen, RedirectAttributes redirect) {
		redirect.addFlashAttribute(QueueController.PAGE_ERRORS, chosen.errors());
		redirect.addFlashAttribute(QueueController.SELECTED, new LinkedHashSet<>(chosen.values()));
		return "redirect:" + chosen.back() + "#cases";
	}

	private Chosen chosen(MultiValueMap<String, String> params) {
		String tenant = TenantContext.require().value();
		String back = params.getFirst("back");
		if (back == null || !back.startsWith(OfficerPaths.work(tenant) + "?")) {
			back = OfficerPaths.work(tenant);
		}
		List<String> values = params.getOrDefault("case", List.of());
		List<CaseBulkActions.Target> targets = BulkSelection.targets(values);
		List<FilterError> errors = new ArrayList<>();
		if (targets.isEmpty()) {
			errors.add(new FilterError("case", "#cases", this.messages.text("queues.bulk.error.none-selected")));
		}
		else if (targets.size() > this.settings.bulkLimit()) {
			errors.add(new FilterError("case", "#cases",
					this.messages.text("queues.bulk.error.too-many", this.settings.bulkLimit())));
		}
		Actors.Actor actor = this.actors.current();
		QueueVocabulary vocabulary = this.vocabularies.current();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), vocabulary.zone());
		Optional<BulkActionView> action = Optional.ofNullable(params.getFirst("action"))
			.flatMap(id -> BulkActionView.of(id, vocabulary, actor.roles(), this.people.staff().caseworkers(), today));
		if (action.isEmpty()) {
			errors.add(new FilterError("action", "#bulk-action", this.messages.text("queues.bulk.error.no-action")));
		}
		List<String> kept = targets.stream()
			.map(target -> BulkSelection.value(target.reference(), target.version()))
			.toList();
		return new Chosen(targets, kept, action.orElse(null), back, errors);
	}

	/**
	 * What the manager chose.
	 *
	 * @param targets the cases, at the versions shown
	 * @param values the same, as the queue page sends them
	 * @param action the action, or {@code null} when none (or one not offered) was chosen
	 * @param back the queue page to return to
	 * @param errors what is wrong with the choice
	 */
	private record Chosen(List<CaseBulkActions.Target> targets, List<String> values, BulkActionView action, String back,
			List<FilterError> errors) {
	}

}
