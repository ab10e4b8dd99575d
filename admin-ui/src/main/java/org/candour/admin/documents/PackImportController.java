package org.candour.admin.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.candour.admin.AdminPaths;
import org.candour.admin.DiffRows;
import org.candour.admin.PackProblems;
import org.candour.admin.PageProblem;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.packs.PackDeployment;
import org.candour.packs.PackDeployment.DraftImport;
import org.candour.tenancy.TenantContext;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a configuration pack into the draft: the zip is uploaded and waits in the
 * session; a dry run lists each document it would add, change or remove; only when the
 * administrator confirms does it become the draft, and only if the draft is still as the
 * dry run saw it. Nothing is published: the administrator is sent to check and publish.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/documents/import")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
class PackImportController {

	private static final String UPLOAD = "candour.admin.import.";

	private static final String NOTHING = "nothing was imported";

	private final PackDeployment deployment;

	PackImportController(PackDeployment deployment) {
		this.deployment = deployment;
	}

	@GetMapping
	String choose(Model model, HttpServletResponse response) {
		Object tooLarge = model.getAttribute(OversizedPacks.TOO_LARGE);
		if (tooLarge != null) {
			return refused(response, model, List.of(new PageProblem("zip", tooLarge.toString())));
		}
		return form(model, List.of());
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile zip, Model model, HttpSession session,
			HttpServletResponse response) {
		if (zip == null || zip.isEmpty()) {
			return refused(response, model, List.of(new PageProblem("zip", "Select a pack zip file")));
		}
		byte[] bytes = bytes(zip);
		try {
			this.deployment.intoDraft(bytes, true);
		}
		catch (Refusal refusal) {
			return refused(response, model, PackProblems.of(refusal, "zip", NOTHING));
		}
		String key = UUID.randomUUID().toString();
		session.setAttribute(UPLOAD + key, bytes);
		return "redirect:" + path() + "/" + key;
	}

	@GetMapping("/{key}")
	String dryRun(@PathVariable String key, Model model, HttpSession session, HttpServletResponse response) {
		byte[] uploaded = (byte[]) session.getAttribute(UPLOAD + key);
		if (uploaded == null) {
			return refused(response, model, uploadAgain());
		}
		DraftImport dryRun;
		try {
			dryRun = this.deployment.intoDraft(uploaded, true);
		}
		catch (Refusal refusal) {
			return refused(response, model, PackProblems.of(refusal, "zip", NOTHING));
		}
		List<DiffRows.DiffRow> rows = DiffRows.of(dryRun.diff(), dryRun.before(), dryRun.after());
		model.addAttribute("pack", dryRun.pack());
		model.addAttribute("changes", rows);
		model.addAttribute("counts", DiffRows.counts(rows));
		model.addAttribute("revision", dryRun.revision());
		model.addAttribute("actionUrl", path() + "/" + key);
		model.addAttribute("backUrl", path());
		return "admin/documents/import-dry-run";
	}

	@PostMapping("/{key}")
	String confirm(@PathVariable String key, @RequestParam(defaultValue = "-1") long revision, Model model,
			HttpSession session, HttpServletResponse response, RedirectAttributes redirect) {
		byte[] uploaded = (byte[]) session.getAttribute(UPLOAD + key);
		if (uploaded == null) {
			return refused(response, model, uploadAgain());
		}
		DraftImport imported;
		try {
			imported = this.deployment.intoDraft(uploaded, revision);
		}
		catch (Refusal refusal) {
			if (refusal.is(Refusal.Kind.STALE)) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("changedWhat", "draft");
				model.addAttribute("reloadUrl", path() + "/" + key);
				model.addAttribute("reloadText", "Check what the pack changes in the draft as it is now");
				model.addAttribute("againText", "and import it again if it is still right.");
				return "admin/conflict";
			}
			return refused(response, model, PackProblems.of(refusal, "zip", NOTHING));
		}
		session.removeAttribute(UPLOAD + key);
		String counts = DiffRows.counts(DiffRows.of(imported.diff(), imported.before(), imported.after()));
		redirect.addFlashAttribute("imported",
				counts.isEmpty() ? "The draft already was the pack " + imported.pack() + ": nothing changed"
						: "The pack " + imported.pack() + " is now the draft (documents: " + counts
								+ "). Nothing is live until it is published.");
		return "redirect:" + AdminPaths.check(TenantContext.require().value());
	}

	private static List<PageProblem> uploadAgain() {
		return List.of(new PageProblem("zip", "The uploaded pack was not kept: select the pack zip file again"));
	}

	private static String refused(HttpServletResponse response, Model model, List<PageProblem> problems) {
		response.setStatus(422);
		return form(model, problems);
	}

	private static String form(Model model, List<PageProblem> problems) {
		model.addAttribute("actionUrl", path());
		model.addAttribute("errors", problems);
		return "admin/documents/import";
	}

	private static String path() {
		return AdminPaths.home(TenantContext.require().value()) + "/documents/import";
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
