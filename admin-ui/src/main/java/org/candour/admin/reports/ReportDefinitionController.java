package org.candour.admin.reports;

import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.AdminPaths;
import org.candour.admin.PageProblem;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.config.DraftSet;
import org.candour.definition.ConfigDocument;
import org.candour.definition.editing.ReportDetails;
import org.candour.definition.editing.ReportEditor;
import org.candour.tenancy.TenantContext;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One report of the draft: its details saved, and a grouping or a figure removed (the
 * last figure never: a report needs one). Each save carries the report's hash as the page
 * read it; a save over someone else's change shows the conflict page and writes nothing.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/reports/{id}")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class ReportDefinitionController {

	private final ReportDrafts drafts;

	private final ReportPage page;

	ReportDefinitionController(ReportDrafts drafts, ReportPage page) {
		this.drafts = drafts;
		this.page = page;
	}

	@GetMapping
	String report(@PathVariable String id, @RequestParam(required = false) String done, Model model) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = ReportDrafts.require(draft, id);
		model.addAttribute("done", done);
		return this.page.show(model, draft, document, DetailsForm.of(ReportEditor.details(document.content()),
				ReportEditor.columns(document.content()), draft.hashOf(ReportDrafts.KIND, id)), List.of());
	}

	@PostMapping
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String save(@PathVariable String id, @ModelAttribute DetailsForm form, Model model, HttpServletResponse response) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = ReportDrafts.require(draft, id);
		List<PageProblem> problems = form.problems();
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return this.page.show(model, draft, document, form, problems);
		}
		ReportDetails before = ReportEditor.details(document.content());
		ObjectNode content = ReportEditor.withDetails(document.content(), form.details(before));
		content = ReportEditor.withColumns(content, "crosstab".equals(form.layout()) ? form.columns() : List.of());
		return save(id, content, form.hash(), "saved", model, response, DetailsFields::of,
				refused -> this.page.show(model, draft, document, form, refused));
	}

	@PostMapping("/dimensions/{dimension}/remove")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String removeDimension(@PathVariable String id, @PathVariable String dimension,
			@RequestParam(defaultValue = "") String hash, Model model, HttpServletResponse response) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = ReportDrafts.require(draft, id);
		return save(id, ReportEditor.withoutDimension(document.content(), dimension), hash, "grouping-removed", model,
				response, DetailsFields::of,
				refused -> this.page.show(model, draft, document, current(document, draft), refused));
	}

	@PostMapping("/measures/{measure}/remove")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String removeMeasure(@PathVariable String id, @PathVariable String measure,
			@RequestParam(defaultValue = "") String hash, Model model, HttpServletResponse response) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = ReportDrafts.require(draft, id);
		if (ReportEditor.measures(document.content()).size() == 1) {
			response.setStatus(422);
			return this.page.show(model, draft, document, current(document, draft), List.of(new PageProblem("measures",
					"A report needs at least one figure: add another figure before removing this one")));
		}
		return save(id, ReportEditor.withoutMeasure(document.content(), measure), hash, "figure-removed", model,
				response, DetailsFields::of,
				refused -> this.page.show(model, draft, document, current(document, draft), refused));
	}

	/**
	 * Saves and returns to the report page, or shows {@code refusedPage} with the
	 * problems (422), or the conflict page (409).
	 */
	static String save(ReportDrafts drafts, String id, ObjectNode content, String hash, String done, Model model,
			HttpServletResponse response, Function<String, String> fields,
			Function<List<PageProblem>, String> refusedPage, String reloadUrl) {
		try {
			List<PageProblem> problems = drafts.save(id, content, hash, fields);
			if (!problems.isEmpty()) {
				response.setStatus(422);
				return refusedPage.apply(problems);
			}
		}
		catch (Refusal refusal) {
			if (!refusal.is(Refusal.Kind.STALE)) {
				throw refusal;
			}
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("reloadUrl", reloadUrl);
			model.addAttribute("changedWhat", "report");
			return "admin/conflict";
		}
		return "redirect:" + AdminPaths.report(TenantContext.require().value(), id) + "?done=" + done;
	}

	private String save(String id, ObjectNode content, String hash, String done, Model model,
			HttpServletResponse response, Function<String, String> fields,
			Function<List<PageProblem>, String> refusedPage) {
		return save(this.drafts, id, content, hash, done, model, response, fields, refusedPage,
				AdminPaths.report(TenantContext.require().value(), id));
	}

	private static DetailsForm current(ConfigDocument document, DraftSet draft) {
		return DetailsForm.of(ReportEditor.details(document.content()), ReportEditor.columns(document.content()),
				draft.hashOf(ReportDrafts.KIND, document.id()));
	}

}
