package org.candour.admin.reports;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.AdminPaths;
import org.candour.admin.PageProblem;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.config.ActiveConfigurations;
import org.candour.config.DraftSet;
import org.candour.definition.ConfigDocument;
import org.candour.definition.editing.ReportEditor;
import org.candour.tenancy.TenantContext;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The draft's report definitions listed (title, what they count, period, schedule, where
 * used, published or not), and a new one created from its title: it starts counting every
 * case, to be shaped on its own page.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/reports")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class ReportDefinitionsController {

	private final ReportDrafts drafts;

	private final ActiveConfigurations configurations;

	ReportDefinitionsController(ReportDrafts drafts, ActiveConfigurations configurations) {
		this.drafts = drafts;
		this.configurations = configurations;
	}

	@GetMapping
	String list(Model model) {
		DraftSet draft = this.drafts.draft();
		model.addAttribute("reports", ReportRows.of(draft, this.drafts.check(draft), this.configurations, tenant()));
		return "admin/reports/list";
	}

	@GetMapping("/new")
	String newReport(Model model) {
		return showNew(model, "", List.of());
	}

	@PostMapping("/new")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String create(@RequestParam(defaultValue = "") String title, Model model, HttpServletResponse response) {
		String trimmed = title.trim();
		if (trimmed.isEmpty()) {
			response.setStatus(422);
			return showNew(model, trimmed, List.of(new PageProblem("title", "Enter a title")));
		}
		DraftSet draft = this.drafts.draft();
		Set<String> taken = ReportDrafts.reports(draft).stream().map(ConfigDocument::id).collect(Collectors.toSet());
		String id = ReportIds.from(trimmed, taken);
		try {
			List<PageProblem> problems = this.drafts.save(id, ReportEditor.newReport(id, trimmed), DraftSet.ABSENT,
					pointer -> "title");
			if (!problems.isEmpty()) {
				response.setStatus(422);
				return showNew(model, trimmed, problems);
			}
		}
		catch (Refusal refusal) {
			if (!refusal.is(Refusal.Kind.STALE)) {
				throw refusal;
			}
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("reloadUrl", AdminPaths.reports(tenant()) + "/new");
			model.addAttribute("changedWhat", "report");
			return "admin/conflict";
		}
		return "redirect:" + AdminPaths.report(tenant(), id) + "?done=created";
	}

	private String showNew(Model model, String title, List<PageProblem> errors) {
		model.addAttribute("titleValue", title);
		model.addAttribute("errors", errors);
		model.addAttribute("listUrl", AdminPaths.reports(tenant()));
		return "admin/reports/new";
	}

	private static String tenant() {
		return TenantContext.require().value();
	}

}
