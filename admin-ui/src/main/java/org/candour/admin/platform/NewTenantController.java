package org.candour.admin.platform;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.PackProblems;
import org.candour.admin.PageProblem;
import org.candour.api.ApiError;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.api.RequestBodies;
import org.candour.packs.PackDeployment.Deployment;
import org.candour.packs.PackDeployment;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating a tenant: its id, name, kind, division and isolation, and optionally a shipped
 * pack to start with. With a pack, a dry run first lists what the pack would add; the
 * tenant is created, with the isolation chosen, and the pack deployed only when that is
 * confirmed.
 */
@Controller
@EndpointRoles(EndpointRoles.PLATFORM_ADMIN)
class NewTenantController {

	private final TenantManagement tenants;

	private final PackDeployment deployment;

	private final PackChoices packs;

	private final RequestBodies bodies;

	NewTenantController(TenantManagement tenants, PackDeployment deployment, PackChoices packs, RequestBodies bodies) {
		this.tenants = tenants;
		this.deployment = deployment;
		this.packs = packs;
		this.bodies = bodies;
	}

	@GetMapping(PlatformPaths.NEW_TENANT)
	String form(Model model) {
		return show(model, TenantForm.empty(), List.of());
	}

	@PostMapping(PlatformPaths.NEW_TENANT)
	String check(@ModelAttribute TenantForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		List<PageProblem> problems = problems(form);
		if (!problems.isEmpty()) {
			return refused(response, show(model, form, problems));
		}
		if (!form.withPack()) {
			return create(form, model, response, redirect);
		}
		try {
			Deployment dryRun = this.deployment.deployShipped(form.trimmedId(), form.pack(), true, true);
			model.addAttribute("form", form);
			model.addAttribute("packTitle", this.packs.title(form.pack()));
			model.addAttribute("kind", Words.kind(form.kind()));
			model.addAttribute("division", Words.division(form.division()));
			model.addAttribute("isolation", Words.isolation(form.isolation()));
			DryRunPage.describe(model, dryRun);
			return "admin/platform/new-dry-run";
		}
		catch (Refusal refusal) {
			return refused(response, show(model, form, PackProblems.of(refusal, "pack", "nothing was deployed")));
		}
	}

	@PostMapping(PlatformPaths.NEW_TENANT + "/confirm")
	String confirm(@ModelAttribute TenantForm form, @RequestParam(required = false) String change, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (change != null) {
			return show(model, form, List.of());
		}
		List<PageProblem> problems = problems(form);
		if (!problems.isEmpty()) {
			return refused(response, show(model, form, problems));
		}
		return create(form, model, response, redirect);
	}

	private String create(TenantForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (form.withPack()) {
				// the pack is checked again before anything is created: a pack with
				// errors
				// creates no tenant
				this.deployment.deployShipped(form.trimmedId(), form.pack(), true, true);
			}
			Tenant tenant = this.tenants.create(form.command());
			String done = tenant.name() + " has been created";
			if (form.withPack()) {
				Deployment deployed = this.deployment.deployShipped(tenant.id(), form.pack(), false, false);
				done += " with " + this.packs.title(form.pack()) + " as version " + deployed.version();
			}
			redirect.addFlashAttribute("done", done);
			return "redirect:" + PlatformPaths.tenant(tenant.id());
		}
		catch (Refusal refusal) {
			if (refusal.is(Refusal.Kind.STALE)) {
				return refused(response, show(model, form, List.of(taken(form))));
			}
			return refused(response, show(model, form, PackProblems.of(refusal, "pack", "nothing was deployed")));
		}
	}

	/** The page's own checks, then the platform's tenant schema, then a free id. */
	private List<PageProblem> problems(TenantForm form) {
		List<PageProblem> problems = new ArrayList<>(form.problems(this.packs.ids()));
		if (problems.isEmpty()) {
			try {
				this.bodies.require("tenant", form.body());
			}
			catch (Refusal refusal) {
				for (ApiError violation : refusal.violations()) {
					String field = violation.pointer().replaceFirst("^/", "").split("/", 2)[0];
					problems.add(new PageProblem(field, TenantForm.MESSAGES.getOrDefault(field, violation.message())));
				}
			}
		}
		if (problems.isEmpty() && this.tenants.find(form.trimmedId()).isPresent()) {
			problems.add(taken(form));
		}
		return problems;
	}

	private static PageProblem taken(TenantForm form) {
		return new PageProblem("id",
				"There is already a tenant with the id " + form.trimmedId() + ". Enter another id");
	}

	private String show(Model model, TenantForm form, List<PageProblem> problems) {
		model.addAttribute("form", form);
		model.addAttribute("errors", problems);
		model.addAttribute("kinds", Words.KINDS);
		model.addAttribute("divisions", Words.DIVISIONS);
		model.addAttribute("isolations", Words.ISOLATIONS);
		model.addAttribute("packs", this.packs.packsOrNone());
		return "admin/platform/new";
	}

	static String refused(HttpServletResponse response, String view) {
		response.setStatus(422);
		return view;
	}

}
