package org.candour.admin.imports;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.PageProblem;
import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.imports.ImportMapping;
import org.candour.imports.ImportMappingManagement;
import org.candour.imports.ImportRun;
import org.candour.imports.Imports;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * "Import cases": a file with a saved mapping (made on {@link MappingBuilderController}'s
 * pages or with the API), dry-run or imported; the report of each run (counts, and every
 * problem by row and column); a mapping's tables. Auditors read; only tenant
 * administrators run.
 */
@Controller
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class ImportPageController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final Imports imports;

	private final ImportMappingManagement mappings;

	private final Actors actors;

	ImportPageController(Imports imports, ImportMappingManagement mappings, Actors actors) {
		this.imports = imports;
		this.mappings = mappings;
		this.actors = actors;
	}

	@GetMapping("/t/{tenant}/admin/imports")
	String page(@RequestParam(defaultValue = "") String mappingId, Model model) {
		return show(model, mappingId, "true", List.of());
	}

	@PostMapping("/t/{tenant}/admin/imports")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String run(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String mappingId,
			@RequestParam(defaultValue = "") String dryRun, Model model, HttpServletResponse response)
			throws IOException {
		List<PageProblem> errors = new ArrayList<>();
		if (file == null || file.isEmpty()) {
			errors.add(new PageProblem("file", "Choose a CSV or Excel (.xlsx) file"));
		}
		if (mappingId.isBlank()) {
			errors.add(new PageProblem("mappingId", "Choose the mapping to use"));
		}
		if (!dryRun.equals("true") && !dryRun.equals("false")) {
			errors.add(new PageProblem("dryRun", "Choose whether to check the file or import it"));
		}
		if (errors.isEmpty()) {
			try {
				ImportRun run = this.imports.start(file.getOriginalFilename(), file.getBytes(), mappingId,
						Boolean.parseBoolean(dryRun), this.actors.current().name());
				return "redirect:/t/" + TenantContext.require().value() + "/admin/imports/runs/" + run.id();
			}
			catch (Refusal refusal) {
				refusal.violations()
					.forEach(violation -> errors.add(new PageProblem(field(violation.pointer()), violation.message())));
			}
		}
		response.setStatus(422);
		return show(model, mappingId, dryRun, errors);
	}

	@GetMapping("/t/{tenant}/admin/imports/runs/{id}")
	String report(@PathVariable String id, Model model) {
		ImportRun run = this.imports.run(id).orElseThrow(() -> Refusal.notFound("No import '" + id + "'"));
		model.addAttribute("run", run);
		model.addAttribute("started", WHEN.format(run.startedAt()).replace("AM", "am").replace("PM", "pm"));
		return "admin/imports/report";
	}

	@GetMapping("/t/{tenant}/admin/imports/mappings/{id}")
	String mapping(@PathVariable String id, Model model) {
		ImportMapping mapping = this.mappings.find(id)
			.orElseThrow(() -> Refusal.notFound("No import mapping '" + id + "'"));
		model.addAttribute("mapping", mapping);
		return "admin/imports/mapping";
	}

	private String show(Model model, String mappingId, String dryRun, List<PageProblem> errors) {
		model.addAttribute("errors", errors);
		model.addAttribute("mappings", this.mappings.all());
		model.addAttribute("mappingChoices",
				this.mappings.all().stream().map(mapping -> new Choice(mapping.id(), mapping.title())).toList());
		model.addAttribute("mappingId", mappingId);
		model.addAttribute("dryRun", dryRun);
		model.addAttribute("dryRunChoices",
				List.of(new Choice("true", "Check the file only (a dry run: nothing is stored)"),
						new Choice("false", "Import the cases")));
		model.addAttribute("runs", this.imports.newest());
		return "admin/imports/imports";
	}

	/** The page field a problem of the import is about. */
	private static String field(String pointer) {
		if (pointer.startsWith("/file")) {
			return "file";
		}
		return "mappingId";
	}

}
