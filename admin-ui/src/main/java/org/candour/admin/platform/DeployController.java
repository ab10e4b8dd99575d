package org.candour.admin.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.candour.admin.PackProblems;
import org.candour.admin.PageProblem;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.packs.PackDeployment.Deployment;
import org.candour.packs.PackDeployment;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deploying a configuration pack to a tenant: a shipped pack or an uploaded zip, first as
 * a dry run listing each document added, changed or removed, then, when confirmed, as the
 * tenant's next live version. An uploaded zip waits in the session between the dry run
 * and the confirmation.
 */
@Controller
@EndpointRoles(EndpointRoles.PLATFORM_ADMIN)
class DeployController {

	private static final String UPLOAD = "candour.platform.upload.";

	private final TenantManagement tenants;

	private final PackDeployment deployment;

	private final PackChoices packs;

	DeployController(TenantManagement tenants, PackDeployment deployment, PackChoices packs) {
		this.tenants = tenants;
		this.deployment = deployment;
		this.packs = packs;
	}

	@GetMapping("/platform/tenants/{id}/deploy")
	String choose(@PathVariable String id, Model model) {
		return show(id, model, "", List.of());
	}

	@PostMapping("/platform/tenants/{id}/deploy/check")
	String check(@PathVariable String id, @RequestParam(required = false) String pack, Model model,
			HttpServletResponse response) {
		if (pack == null || !this.packs.ids().contains(pack)) {
			return NewTenantController.refused(response,
					show(id, model, "", List.of(new PageProblem("pack", "Select a configuration pack"))));
		}
		try {
			Deployment dryRun = this.deployment.deployShipped(id, pack, true, false);
			model.addAttribute("pack", pack);
			return dryRun(id, this.packs.title(pack), dryRun, model);
		}
		catch (Refusal refusal) {
			return NewTenantController.refused(response,
					show(id, model, pack, PackProblems.of(refusal, "pack", "nothing was deployed")));
		}
	}

	@PostMapping("/platform/tenants/{id}/deploy/upload")
	String upload(@PathVariable String id, @RequestParam(required = false) MultipartFile zip, Model model,
			HttpSession session, HttpServletResponse response) {
		if (zip == null || zip.isEmpty()) {
			return NewTenantController.refused(response,
					show(id, model, "", List.of(new PageProblem("zip", "Select a pack zip file"))));
		}
		byte[] bytes = bytes(zip);
		try {
			Deployment dryRun = this.deployment.deployUpload(id, bytes, null, true, false);
			String key = UUID.randomUUID().toString();
			session.setAttribute(UPLOAD + key, bytes);
			model.addAttribute("upload", key);
			return dryRun(id, "the uploaded pack " + dryRun.pack(), dryRun, model);
		}
		catch (Refusal refusal) {
			if (refusal.is(Refusal.Kind.NOT_FOUND)) {
				throw refusal;
			}
			return NewTenantController.refused(response,
					show(id, model, "", PackProblems.of(refusal, "zip", "nothing was deployed")));
		}
	}

	@PostMapping("/platform/tenants/{id}/deploy")
	String deploy(@PathVariable String id, @RequestParam(required = false) String pack,
			@RequestParam(required = false) String upload, Model model, HttpSession session,
			HttpServletResponse response, RedirectAttributes redirect) {
		Tenant tenant = this.tenants.get(id);
		byte[] uploaded = upload == null ? null : (byte[]) session.getAttribute(UPLOAD + upload);
		try {
			Deployment deployed;
			if (uploaded != null) {
				deployed = this.deployment.deployUpload(id, uploaded, null, false, false);
				session.removeAttribute(UPLOAD + upload);
			}
			else if (pack != null && this.packs.ids().contains(pack)) {
				deployed = this.deployment.deployShipped(id, pack, false, false);
			}
			else {
				return NewTenantController.refused(response, show(id, model, "",
						List.of(new PageProblem("pack", "Select a configuration pack, or upload one again"))));
			}
			redirect.addFlashAttribute("done",
					deployed.changed()
							? "Pack " + deployed.pack() + " is live for " + tenant.name() + " as version "
									+ deployed.version()
							: tenant.name() + " already had this configuration: nothing changed");
			return "redirect:" + PlatformPaths.tenant(id);
		}
		catch (Refusal refusal) {
			return NewTenantController.refused(response, show(id, model, pack == null ? "" : pack,
					PackProblems.of(refusal, uploaded != null ? "zip" : "pack", "nothing was deployed")));
		}
	}

	private String dryRun(String id, String packTitle, Deployment dryRun, Model model) {
		model.addAttribute("tenant", this.tenants.get(id));
		model.addAttribute("packTitle", packTitle);
		model.addAttribute("actionUrl", PlatformPaths.deploy(id));
		model.addAttribute("backUrl", PlatformPaths.deploy(id));
		DryRunPage.describe(model, dryRun);
		return "admin/platform/deploy-dry-run";
	}

	private String show(String id, Model model, String pack, List<PageProblem> problems) {
		model.addAttribute("tenant", this.tenants.get(id));
		model.addAttribute("tenantUrl", PlatformPaths.tenant(id));
		model.addAttribute("checkUrl", PlatformPaths.deploy(id) + "/check");
		model.addAttribute("uploadUrl", PlatformPaths.deploy(id) + "/upload");
		model.addAttribute("packs", this.packs.packs());
		model.addAttribute("pack", pack);
		model.addAttribute("errors", problems);
		return "admin/platform/deploy";
	}

	private static byte[] bytes(MultipartFile zip) {
		try {
			return zip.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
