package org.candour.admin.publish;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.AdminPaths;
import org.candour.admin.DraftState;
import org.candour.admin.DraftStates;
import org.candour.admin.ProblemLinks;
import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.config.Publication;
import org.candour.config.PublishApprovals;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Check and publish: the draft's problems, each linked to where it is fixed; its changes
 * against the live version in words; publishing with a comment, or, under the two-person
 * rule, asking another administrator, who approves (or the asker withdraws).
 */
@Controller
@RequestMapping("/t/{tenant}/admin")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class PublishController {

	static final int MAX_COMMENT = 500;

	private final DraftStates states;

	private final PublishApprovals approvals;

	private final Actors actors;

	PublishController(DraftStates states, PublishApprovals approvals, Actors actors) {
		this.states = states;
		this.approvals = approvals;
		this.actors = actors;
	}

	@GetMapping("/check")
	String check(Model model) {
		return show(model, "", null);
	}

	@PostMapping("/publish")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String publish(@RequestParam(defaultValue = "") String comment, Model model, HttpServletResponse response) {
		String trimmed = comment.strip();
		if (trimmed.length() > MAX_COMMENT) {
			response.setStatus(422);
			return show(model, trimmed, "Enter a comment of " + MAX_COMMENT + " characters or fewer");
		}
		try {
			PublishApprovals.Outcome outcome = this.approvals.publishOrRequest(trimmed);
			if (outcome.pending() != null) {
				return "redirect:" + AdminPaths.check(tenant()) + "?asked";
			}
			return "redirect:" + published(outcome.publication());
		}
		catch (Refusal refusal) {
			response.setStatus(refusal.kind() == Refusal.Kind.STALE ? 409 : 422);
			return show(model, trimmed, refusal.getMessage());
		}
	}

	@PostMapping("/approval/approve")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String approve(Model model, HttpServletResponse response) {
		try {
			return "redirect:" + published(this.approvals.approve());
		}
		catch (Refusal refusal) {
			response.setStatus(refusal.kind() == Refusal.Kind.NOT_ALLOWED ? 403
					: refusal.kind() == Refusal.Kind.STALE ? 409 : 422);
			return show(model, "", refusal.getMessage());
		}
	}

	@PostMapping("/approval/withdraw")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String withdraw() {
		try {
			this.approvals.reject();
		}
		catch (Refusal refusal) {
			// withdrawn already: the page shows what there is now
		}
		return "redirect:" + AdminPaths.check(tenant());
	}

	@GetMapping("/published/{number}")
	String published(@PathVariable int number, Model model) {
		model.addAttribute("number", number);
		return "admin/publish/published";
	}

	/**
	 * The check page; {@code failure}, when not null, is why the last attempt did
	 * nothing.
	 */
	private String show(Model model, String comment, String failure) {
		DraftState state = this.states.current();
		model.addAttribute("state", state);
		model.addAttribute("problems", ProblemLinks.of(state, tenant()));
		model.addAttribute("changes", ChangeView.of(state));
		model.addAttribute("comment", comment);
		model.addAttribute("maxComment", MAX_COMMENT);
		model.addAttribute("failure", failure);
		model.addAttribute("errors", PageProblem.at("#comment", failure));
		model.addAttribute("approval", approval());
		return "admin/publish/check";
	}

	private Approval approval() {
		String me = this.actors.current().name();
		return this.approvals.pending()
			.map(pending -> new Approval(true, pending, me.equals(pending.requestedBy())))
			.orElseGet(() -> new Approval(this.approvals.required(), null, false));
	}

	private String published(Publication publication) {
		return AdminPaths.home(tenant()) + "/published/" + publication.version().number()
				+ (publication.created() ? "" : "?unchanged");
	}

	private static String tenant() {
		return TenantContext.require().value();
	}

	/**
	 * The two-person rule as the check page shows it.
	 *
	 * @param required whether a second administrator must approve
	 * @param pending the publication waiting, if any
	 * @param mine whether the person reading asked for it
	 */
	record Approval(boolean required, PublishApprovals.Pending pending, boolean mine) {
	}

}
