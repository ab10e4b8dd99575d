package org.candour.admin.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.PageProblem;
import org.candour.api.EndpointRoles;
import org.candour.cases.CaseRestructures;
import org.candour.definition.ConfigDocument;
import org.candour.definition.editing.ChangeWording;
import org.candour.definition.editing.DocumentChanges;
import org.candour.definition.editing.OrgDates;
import org.candour.definition.editing.OrgEdit;
import org.candour.definition.editing.OrgStructureEditor;
import org.candour.definition.model.OrgUnit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A restructure as one change: the units that merge (they end the day before), the unit
 * they merge into (its name, where it sits, the day it starts). The administrator checks
 * it first: the change in words, a warning when the day is in the past, and how many open
 * cases sit in each unit that ends, which can be moved to the new unit from the
 * organisation page once the restructure is published and has taken effect.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/organisation/restructure")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class RestructureController {

	private final OrgDrafts drafts;

	private final CaseRestructures restructures;

	RestructureController(OrgDrafts drafts, CaseRestructures restructures) {
		this.drafts = drafts;
		this.restructures = restructures;
	}

	@GetMapping
	String restructure(Model model) {
		return show(model, RestructureForm.empty(this.drafts.load().hash()), List.of());
	}

	@PostMapping
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String check(@ModelAttribute RestructureForm form, Model model, HttpServletResponse response) {
		OrgDrafts.Written written = this.drafts.load();
		OrgEdit edit = OrgStructureEditor.restructure(written.content(), form.change());
		if (edit.refused()) {
			response.setStatus(422);
			return show(model, form, UnitForm.problems(edit.problems(), form.date(), "from"));
		}
		if (!form.confirmed()) {
			return showCheck(model, form, written, edit);
		}
		return this.drafts.save(written, edit, form.hash(), OrganisationController.base() + "?done=restructured",
				OrganisationController.base() + "/restructure", model, response,
				problems -> show(model, form, problems));
	}

	private String show(Model model, RestructureForm form, List<PageProblem> errors) {
		OrgDrafts.Written written = this.drafts.load();
		List<OrgUnit> current = written.structure()
			.units()
			.stream()
			.filter(unit -> unit.effectiveTo() == null)
			.toList();
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("mergeable", OrgTree.choices(current));
		model.addAttribute("parents",
				OrgTree.choices(current.stream().filter(unit -> !"team".equals(unit.type())).toList()));
		model.addAttribute("organisationUrl", OrganisationController.base());
		model.addAttribute("action", OrganisationController.base() + "/restructure");
		return "admin/organisation/restructure";
	}

	private String showCheck(Model model, RestructureForm form, OrgDrafts.Written written, OrgEdit edit) {
		List<DocumentChanges> changes = ChangeWording.between(List.of(ConfigDocument.of(written.content())),
				List.of(ConfigDocument.of(edit.document())));
		Map<String, Long> open = this.restructures.openCasesIn(form.units());
		LocalDate lastDay = form.from().minusDays(1);
		model.addAttribute("form", form);
		model.addAttribute("sentences", changes.isEmpty() ? List.of() : changes.get(0).sentences());
		model.addAttribute("lastDay", OrgDates.words(lastDay));
		model.addAttribute("inThePast", form.from().isBefore(this.drafts.today()));
		model.addAttribute("ending",
				form.units()
					.stream()
					.map(id -> new Ending(written.structure().unit(id).map(OrgTree::name).orElse(id),
							open.getOrDefault(id, 0L)))
					.toList());
		model.addAttribute("openCases", open.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("organisationUrl", OrganisationController.base());
		model.addAttribute("action", OrganisationController.base() + "/restructure");
		return "admin/organisation/check";
	}

	/**
	 * A unit that ends, with its open cases today.
	 *
	 * @param name its name
	 * @param openCases open cases about it or allocated to it
	 */
	record Ending(String name, long openCases) {
	}

}
