package org.candour.admin.publish;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.AdminPaths;
import org.candour.admin.DraftStates;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.config.ConfigPublisher;
import org.candour.config.ConfigVersion;
import org.candour.config.DraftManagement;
import org.candour.config.PublishApprovals;
import org.candour.config.VersionHistory;
import org.candour.tenancy.TenantContext;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * What an administrator does with a published version: make the draft from it, or roll
 * back to it (publish a copy of it at once); and whether publications need a second
 * administrator. Each asks for confirmation first.
 */
@Controller
@RequestMapping("/t/{tenant}/admin")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class VersionActionsController {

	private final VersionHistory versions;

	private final DraftManagement drafts;

	private final DraftStates states;

	private final ConfigPublisher publisher;

	private final PublishApprovals approvals;

	VersionActionsController(VersionHistory versions, DraftManagement drafts, DraftStates states,
			ConfigPublisher publisher, PublishApprovals approvals) {
		this.versions = versions;
		this.drafts = drafts;
		this.states = states;
		this.publisher = publisher;
		this.approvals = approvals;
	}

	@GetMapping("/versions/{number}/{action:draft|rollback}")
	String confirm(@PathVariable int number, @PathVariable String action, Model model) {
		return confirmation(model, version(number), action, null);
	}

	@PostMapping("/versions/{number}/draft")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String draftFrom(@PathVariable int number) {
		this.drafts.replaceAll(version(number).documents());
		return "redirect:" + AdminPaths.check(tenant());
	}

	@PostMapping("/versions/{number}/rollback")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String rollback(@PathVariable int number, Model model, HttpServletResponse response) {
		ConfigVersion version = version(number);
		try {
			int live = this.publisher.rollback(number, null).version().number();
			return "redirect:" + AdminPaths.home(tenant()) + "/published/" + live;
		}
		catch (Refusal refusal) {
			response.setStatus(422);
			return confirmation(model, version, "rollback",
					this.approvals.required()
							? "A second administrator must approve publications: make a draft from this version, "
									+ "then ask for it to be published"
							: refusal.getMessage());
		}
	}

	@GetMapping("/approval-rule")
	String rule(Model model) {
		model.addAttribute("required", this.approvals.required());
		model.addAttribute("failure", null);
		model.addAttribute("errors", List.of());
		return "admin/publish/rule";
	}

	@PostMapping("/approval-rule")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String setRule(@RequestParam(required = false) Boolean required, Model model, HttpServletResponse response) {
		String failure = required == null ? "Select whether publications need a second administrator" : null;
		if (failure == null) {
			try {
				this.approvals.require(required);
				return "redirect:" + AdminPaths.check(tenant());
			}
			catch (Refusal refusal) {
				failure = refusal.getMessage();
			}
		}
		response.setStatus(required == null ? 422 : 403);
		model.addAttribute("required", this.approvals.required());
		model.addAttribute("failure", failure);
		model.addAttribute("errors", PageProblem.at("#required", failure));
		return "admin/publish/rule";
	}

	private String confirmation(Model model, ConfigVersion version, String action, String failure) {
		model.addAttribute("version", version);
		model.addAttribute("action", action);
		model.addAttribute("state", this.states.current());
		model.addAttribute("live", this.versions.activeNumber());
		model.addAttribute("failure", failure);
		model.addAttribute("errors", PageProblem.at("#confirm", failure));
		return "admin/publish/confirm";
	}

	private ConfigVersion version(int number) {
		try {
			return this.versions.get(number);
		}
		catch (Refusal refusal) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static String tenant() {
		return TenantContext.require().value();
	}

}
