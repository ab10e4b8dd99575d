package org.candour.admin.organisation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.PageProblem;
import org.candour.api.EndpointRoles;
import org.candour.definition.editing.OrgDates;
import org.candour.definition.editing.OrgEdit;
import org.candour.definition.editing.OrgStructureEditor;
import org.candour.definition.model.OrgUnit;
import org.candour.security.Memberships;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The draft's organisation structure: the tree of directorates, services and teams as it
 * is on any day (today by the application's clock unless a day is asked for), with how
 * many members belong to each unit; a unit added, renamed or closed. Restructures have
 * their own page ({@link RestructureController}); open cases left in units that ended are
 * moved from {@link OpenCasesController}.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/organisation")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class OrganisationController {

	private static final List<OrgTree.Choice> TYPES = List.of(new OrgTree.Choice("directorate", "Directorate"),
			new OrgTree.Choice("service", "Service, inside a directorate"),
			new OrgTree.Choice("team", "Team, inside a service"));

	private final OrgDrafts drafts;

	private final Memberships memberships;

	private final EndedUnits endedUnits;

	OrganisationController(OrgDrafts drafts, Memberships memberships, EndedUnits endedUnits) {
		this.drafts = drafts;
		this.memberships = memberships;
		this.endedUnits = endedUnits;
	}

	@GetMapping
	String structure(@RequestParam(required = false) String day, @RequestParam(required = false) String month,
			@RequestParam(required = false) String year, @RequestParam(required = false) String done,
			@RequestParam(required = false) Integer moved, Model model) {
		DayInput asked = new DayInput(day, month, year);
		LocalDate today = this.drafts.today();
		List<PageProblem> errors = (!asked.empty() && asked.value() == null)
				? List.of(new PageProblem("day", "Enter a real date, with the year in 4 digits, like 1 4 2026"))
				: List.of();
		LocalDate on = (asked.value() == null) ? today : asked.value();
		OrgDrafts.Written written = this.drafts.load();
		model.addAttribute("errors", errors);
		model.addAttribute("date", asked.empty() || !errors.isEmpty() ? asked : DayInput.of(on));
		model.addAttribute("onWords", OrgDates.words(on));
		model.addAttribute("isToday", on.equals(today));
		model.addAttribute("units", OrgTree.on(written.structure(), on, members()));
		model.addAttribute("otherUnits", OrgTree.notOn(written.structure(), on));
		model.addAttribute("done", done);
		model.addAttribute("moved", moved);
		model.addAttribute("organisationUrl", base());
		model.addAttribute("endedWithCases", this.endedUnits.withOpenCases());
		return "admin/organisation/structure";
	}

	@GetMapping("/new-unit")
	String newUnit(Model model) {
		return showNew(model, UnitForm.empty(this.drafts.load().hash()), List.of());
	}

	@PostMapping("/new-unit")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String addUnit(@ModelAttribute UnitForm form, Model model, HttpServletResponse response) {
		OrgDrafts.Written written = this.drafts.load();
		OrgEdit edit = OrgStructureEditor.add(written.content(),
				new OrgStructureEditor.NewUnit(form.name(), form.type(), form.parent(), form.value()));
		if (edit.refused()) {
			response.setStatus(422);
			return showNew(model, form, UnitForm.problems(edit.problems(), form.date(), "from"));
		}
		return this.drafts.save(written, edit, form.hash(), base() + "?done=added", base() + "/new-unit", model,
				response, problems -> showNew(model, form, problems));
	}

	@GetMapping("/units/{id}/rename")
	String rename(@PathVariable String id, Model model) {
		OrgDrafts.Written written = this.drafts.load();
		OrgUnit unit = unit(written, id);
		return showRename(model, unit, new UnitForm(OrgTree.name(unit), unit.type(), "", "", "", "", written.hash()),
				List.of());
	}

	@PostMapping("/units/{id}/rename")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String saveName(@PathVariable String id, @ModelAttribute UnitForm form, Model model, HttpServletResponse response) {
		OrgDrafts.Written written = this.drafts.load();
		OrgUnit unit = unit(written, id);
		OrgEdit edit = OrgStructureEditor.rename(written.content(), id, form.name());
		if (edit.refused()) {
			response.setStatus(422);
			return showRename(model, unit, form, UnitForm.problems(edit.problems(), form.date(), "day"));
		}
		return this.drafts.save(written, edit, form.hash(), base() + "?done=renamed",
				base() + "/units/" + id + "/rename", model, response,
				problems -> showRename(model, unit, form, problems));
	}

	@GetMapping("/units/{id}/close")
	String close(@PathVariable String id, Model model) {
		OrgDrafts.Written written = this.drafts.load();
		return showClose(model, unit(written, id), UnitForm.empty(written.hash()), List.of());
	}

	@PostMapping("/units/{id}/close")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String saveClose(@PathVariable String id, @ModelAttribute UnitForm form, Model model,
			HttpServletResponse response) {
		OrgDrafts.Written written = this.drafts.load();
		OrgUnit unit = unit(written, id);
		OrgEdit edit = OrgStructureEditor.close(written.content(), id, form.value());
		if (edit.refused()) {
			response.setStatus(422);
			return showClose(model, unit, form, UnitForm.problems(edit.problems(), form.date(), "to"));
		}
		return this.drafts.save(written, edit, form.hash(), base() + "?done=closed", base() + "/units/" + id + "/close",
				model, response, problems -> showClose(model, unit, form, problems));
	}

	private String showNew(Model model, UnitForm form, List<PageProblem> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("types", TYPES);
		model.addAttribute("parents",
				OrgTree.choices(this.drafts.load()
					.structure()
					.units()
					.stream()
					.filter(unit -> !"team".equals(unit.type()) && unit.effectiveTo() == null)
					.toList()));
		model.addAttribute("organisationUrl", base());
		return "admin/organisation/new-unit";
	}

	private String showRename(Model model, OrgUnit unit, UnitForm form, List<PageProblem> errors) {
		return showUnit(model, unit, form, errors, "rename");
	}

	private String showClose(Model model, OrgUnit unit, UnitForm form, List<PageProblem> errors) {
		return showUnit(model, unit, form, errors, "close");
	}

	/** The rename or close page of a unit ({@code page}: its template and path). */
	private String showUnit(Model model, OrgUnit unit, UnitForm form, List<PageProblem> errors, String page) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("unitName", OrgTree.label(unit));
		model.addAttribute("action", base() + "/units/" + unit.id() + "/" + page);
		model.addAttribute("organisationUrl", base());
		return "admin/organisation/" + page;
	}

	private Map<String, Long> members() {
		Map<String, Long> counts = new HashMap<>();
		this.memberships.list().forEach(member -> member.orgUnits().forEach(unit -> counts.merge(unit, 1L, Long::sum)));
		return counts;
	}

	private static OrgUnit unit(OrgDrafts.Written written, String id) {
		return written.structure().unit(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static String base() {
		return "/t/" + OrgDrafts.tenant() + "/admin/organisation";
	}

}
