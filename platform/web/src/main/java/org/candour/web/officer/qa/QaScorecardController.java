package org.candour.web.officer.qa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.definition.model.QaPolicy;
import org.candour.qa.QaSample;
import org.candour.qa.QualityAssurance;
import org.candour.qa.ReviewerKind;
import org.candour.qa.ScoreRequest;
import org.candour.qa.Scorecard;
import org.candour.tenancy.TenantContext;
import org.candour.web.officer.OfficerPaths;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A sample's scorecard: the sampled case, the scores given, and — for a reviewer who may
 * give one of the scores it still lacks — a form with yes, no or partly and a comment for
 * each standard. Problems are shown in the error summary linked to their fields, with
 * what was chosen kept: incomplete answers (422), a reviewer the rules do not allow
 * (403), a score someone else gave meanwhile (409); nothing is written.
 */
@Controller
class QaScorecardController {

	private static final String SAMPLE = "/t/{tenant}/qa/samples/{id:QA-[0-9]+}";

	private final QualityAssurance qa;

	private final QaText text;

	private final Actors actors;

	QaScorecardController(QualityAssurance qa, QaText text, Actors actors) {
		this.qa = qa;
		this.text = text;
		this.actors = actors;
	}

	@GetMapping(SAMPLE)
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR })
	String scorecard(@PathVariable String id, Model model) {
		QaSample sample = this.qa.sample(id);
		List<ReviewerKind> reviewers = reviewers(sample);
		String reviewer = reviewers.isEmpty() ? "" : reviewers.get(0).code();
		return show(sample, reviewer, Map.of(), List.of(), model);
	}

	@PostMapping(SAMPLE)
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.TENANT_ADMIN })
	String score(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(defaultValue = "0") long version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		QaSample sample = this.qa.sample(id);
		String reviewer = value(params, "reviewer");
		Map<String, ScoreRequest.Given> answers = new LinkedHashMap<>();
		for (QaSample.StandardToScore standard : sample.standards()) {
			String answer = value(params, "answer-" + standard.id());
			answers.put(standard.id(), new ScoreRequest.Given(answer.isEmpty() ? null : answer,
					value(params, "comment-" + standard.id())));
		}
		List<Problem> problems = new ArrayList<>();
		ReviewerKind kind = ReviewerKind.of(reviewer).orElse(null);
		if (kind == null) {
			problems.add(new Problem("reviewer", "#reviewer-manager", this.text.text("qa.score.reviewer.required")));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(sample, reviewer, answers, problems, model);
		}
		try {
			this.qa.score(id, new ScoreRequest(kind, answers, version));
		}
		catch (Refusal ex) {
			response.setStatus(status(ex));
			return show(this.qa.sample(id), reviewer, answers, problems(ex), model);
		}
		redirect.addFlashAttribute("success", this.text.text("qa.score.saved." + kind.code(), id));
		return "redirect:" + QaPaths.sample(TenantContext.require().value(), id);
	}

	private String show(QaSample sample, String reviewer, Map<String, ScoreRequest.Given> answers,
			List<Problem> problems, Model model) {
		String tenant = TenantContext.require().value();
		Map<String, String> fieldErrors = new LinkedHashMap<>();
		problems.forEach(problem -> fieldErrors.putIfAbsent(problem.field(), problem.message()));
		List<ReviewerKind> reviewers = reviewers(sample);
		model.addAttribute("sample", sample);
		model.addAttribute("kind", this.text.text("qa.kind." + sample.kind().code()));
		model.addAttribute("month", QaText.month(sample.period()));
		model.addAttribute("caseHref", OfficerPaths.caseScreen(tenant, sample.caseReference()));
		model.addAttribute("queueUrl", QaPaths.queue(tenant));
		model.addAttribute("formAction", QaPaths.sample(tenant, sample.id()));
		model.addAttribute("given", given(sample));
		model.addAttribute("reviewers", reviewers.stream().map(ReviewerKind::code).toList());
		model.addAttribute("reviewer", reviewer);
		model.addAttribute("answers", answers);
		model.addAttribute("errors", problems);
		model.addAttribute("fieldErrors", fieldErrors);
		model.addAttribute("commentRequired",
				this.qa.policy().map(QaPolicy::commentRequired).orElse(java.util.Set.of()));
		return "officer/qa/scorecard";
	}

	/**
	 * The scores the signed-in person may still give: a role the policy names for it, a
	 * score the sample lacks and may have, not their own case, not both scores.
	 */
	private List<ReviewerKind> reviewers(QaSample sample) {
		Actors.Actor actor = this.actors.current();
		QaPolicy policy = this.qa.policy().orElse(null);
		List<ReviewerKind> may = new ArrayList<>();
		if (policy == null || actor.name().equals(sample.officer())) {
			return may;
		}
		for (ReviewerKind kind : ReviewerKind.values()) {
			ReviewerKind other = (kind == ReviewerKind.MANAGER) ? ReviewerKind.CENTRAL : ReviewerKind.MANAGER;
			boolean gaveOther = sample.scores().of(other) != null
					&& sample.scores().of(other).by().equals(actor.name());
			if (actor.hasAnyRole(kind == ReviewerKind.MANAGER ? policy.managerRoles() : policy.centralRoles())
					&& sample.scorableBy(kind) && sample.scores().of(kind) == null && !gaveOther) {
				may.add(kind);
			}
		}
		return may;
	}

	private List<Given> given(QaSample sample) {
		List<Given> given = new ArrayList<>();
		for (ReviewerKind kind : ReviewerKind.values()) {
			Scorecard score = sample.scores().of(kind);
			if (score != null) {
				given.add(new Given(kind.code(), score.by(), QaText.when(score.at()), score.outcomeMet(),
						score.methodMet(), score.answers()));
			}
		}
		return given;
	}

	private List<Problem> problems(Refusal refusal) {
		List<Problem> problems = new ArrayList<>();
		for (ApiError error : refusal.violations()) {
			problems.add(problem(error, refusal));
		}
		if (problems.isEmpty()) {
			problems.add(new Problem("reviewer", "#score-form", refusal.getMessage()));
		}
		return problems;
	}

	private Problem problem(ApiError error, Refusal refusal) {
		String[] parts = error.pointer().split("/");
		if (parts.length >= 3 && "answers".equals(parts[1])) {
			String standard = parts[2];
			if (error.code().equals("qa.comment-required")) {
				return new Problem("comment-" + standard, "#comment-" + standard,
						this.text.text("qa.score.comment.required"));
			}
			return new Problem("answer-" + standard, "#answer-" + standard + "-yes",
					this.text.text("qa.score.answer.required"));
		}
		String message = (refusal.kind() == Refusal.Kind.RULES_BROKEN) ? error.message() : refusal.getMessage();
		return new Problem("reviewer", "#score-form", message);
	}

	private static int status(Refusal refusal) {
		return switch (refusal.kind()) {
			case NOT_ALLOWED -> HttpStatus.FORBIDDEN.value();
			case STALE -> HttpStatus.CONFLICT.value();
			case NOT_FOUND -> HttpStatus.NOT_FOUND.value();
			default -> HttpStatus.UNPROCESSABLE_CONTENT.value();
		};
	}

	private static String value(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return (value == null) ? "" : value.strip();
	}

	/** A problem for the error summary and its field. */
	record Problem(String field, String href, String message) {
	}

	/** A score given, as the page shows it. */
	record Given(String reviewer, String by, String at, boolean outcomeMet, boolean methodMet,
			List<Scorecard.Answer> answers) {
	}

}
