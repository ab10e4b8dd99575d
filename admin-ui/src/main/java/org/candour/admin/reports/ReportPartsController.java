package org.candour.admin.reports;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.AdminPaths;
import org.candour.admin.PageProblem;
import org.candour.admin.Texts;
import org.candour.api.EndpointRoles;
import org.candour.config.DraftSet;
import org.candour.definition.ConfigDocument;
import org.candour.definition.editing.ReportConditions;
import org.candour.definition.editing.ReportDimension;
import org.candour.definition.editing.ReportEditor;
import org.candour.definition.editing.ReportMeasure;
import org.candour.definition.model.ReportSource;
import org.candour.tenancy.TenantContext;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * A report's groupings (dimensions) and figures (measures) added and changed, each on its
 * own page; a figure's condition and a percentage's denominator as rows. The draft
 * store's refusal (a field the source does not have, a condition a report cannot count)
 * is shown on the field it is about.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/reports/{id}")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class ReportPartsController {

	private static final Map<String, String> MEASURE_FIELDS = Map.of("label", "label", "type", "type", "field", "field",
			"between", "from", "unit", "unit", "where", "whereField-1", "denominatorWhere", "denominatorField-1",
			"target", "target");

	private final ReportDrafts drafts;

	ReportPartsController(ReportDrafts drafts) {
		this.drafts = drafts;
	}

	@GetMapping("/dimensions/new")
	String newDimension(@PathVariable String id, Model model) {
		DraftSet draft = this.drafts.draft();
		return showDimension(model, draft, ReportDrafts.require(draft, id), null,
				DimensionForm.empty(draft.hashOf(ReportDrafts.KIND, id)), List.of());
	}

	@GetMapping("/dimensions/{dimension}")
	String dimension(@PathVariable String id, @PathVariable String dimension, Model model) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = ReportDrafts.require(draft, id);
		ReportDimension found = dimension(document, dimension);
		return showDimension(model, draft, document, dimension,
				DimensionForm.of(found, ReportChoices.fields(source(document)), draft.hashOf(ReportDrafts.KIND, id)),
				List.of());
	}

	@PostMapping({ "/dimensions/new", "/dimensions/{dimension}" })
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String saveDimension(@PathVariable String id, @PathVariable(required = false) String dimension,
			@ModelAttribute DimensionForm form, Model model, HttpServletResponse response) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = ReportDrafts.require(draft, id);
		ReportDimension before = (dimension == null) ? null : dimension(document, dimension);
		List<PageProblem> problems = form.problems();
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return showDimension(model, draft, document, dimension, form, problems);
		}
		ReportDimension changed = form.dimension(dimension, (before == null) ? null : before.orgStructure());
		String otherOrField = DimensionForm.OTHER.equals(form.field()) ? "otherField" : "field";
		return ReportDefinitionController.save(this.drafts, id,
				ReportEditor.withDimension(document.content(), dimension, changed), form.hash(),
				(dimension == null) ? "grouping-added" : "grouping-saved", model, response,
				pointer -> part(pointer, "dimensions",
						Map.of("label", "label", "field", otherOrField, "codeList", "codeList", "orgStructure",
								"orgStructure"),
						otherOrField),
				refused -> showDimension(model, draft, document, dimension, form, refused),
				here(id, "dimensions", dimension));
	}

	@GetMapping("/measures/new")
	String newMeasure(@PathVariable String id, Model model) {
		DraftSet draft = this.drafts.draft();
		return showMeasure(model, draft, ReportDrafts.require(draft, id), null,
				MeasureForm.empty(draft.hashOf(ReportDrafts.KIND, id)), List.of());
	}

	@GetMapping("/measures/{measure}")
	String measure(@PathVariable String id, @PathVariable String measure, Model model) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = ReportDrafts.require(draft, id);
		return showMeasure(model, draft, document, measure,
				MeasureForm.of(measure(document, measure), draft.hashOf(ReportDrafts.KIND, id)), List.of());
	}

	@PostMapping({ "/measures/new", "/measures/{measure}" })
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String saveMeasure(@PathVariable String id, @PathVariable(required = false) String measure,
			@ModelAttribute MeasureForm form, Model model, HttpServletResponse response) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = ReportDrafts.require(draft, id);
		ReportMeasure before = (measure == null) ? null : measure(document, measure);
		List<PageProblem> problems = form.problems(before != null && kept(before.where()) != null);
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return showMeasure(model, draft, document, measure, form, problems);
		}
		return ReportDefinitionController.save(this.drafts, id,
				ReportEditor.withMeasure(document.content(), measure, form.measure(measure, before)), form.hash(),
				(measure == null) ? "figure-added" : "figure-saved", model, response,
				pointer -> part(pointer, "measures", MEASURE_FIELDS, "label"),
				refused -> showMeasure(model, draft, document, measure, form, refused), here(id, "measures", measure));
	}

	private String showDimension(Model model, DraftSet draft, ConfigDocument document, String dimension,
			DimensionForm form, List<PageProblem> errors) {
		common(model, document, (dimension == null) ? "/dimensions/new" : "/dimensions/" + dimension, form, errors);
		model.addAttribute("adding", dimension == null);
		List<Choice> fields = new java.util.ArrayList<>(ReportChoices.fields(source(document)));
		fields.add(new Choice(DimensionForm.OTHER, "Another field (type it below)"));
		model.addAttribute("fieldChoices", fields);
		model.addAttribute("structures", ReportChoices.STRUCTURES);
		model.addAttribute("codeLists",
				draft.documents()
					.stream()
					.filter(each -> each.kind().equals("code-list"))
					.map(each -> new Choice(each.id(), Texts.english(each.title(), each.id())))
					.toList());
		return "admin/reports/dimension";
	}

	private String showMeasure(Model model, DraftSet draft, ConfigDocument document, String measure, MeasureForm form,
			List<PageProblem> errors) {
		common(model, document, (measure == null) ? "/measures/new" : "/measures/" + measure, form, errors);
		ReportMeasure before = (measure == null) ? null : measure(document, measure);
		model.addAttribute("adding", measure == null);
		model.addAttribute("types", ReportChoices.MEASURES);
		model.addAttribute("units", ReportChoices.UNITS);
		model.addAttribute("operators", ReportChoices.OPERATORS);
		model.addAttribute("events", ReportChoices.events(this.drafts.check(draft).model()));
		model.addAttribute("where", form.where());
		model.addAttribute("denominator", form.denominator());
		model.addAttribute("keptWhere", (before == null) ? null : kept(before.where()));
		model.addAttribute("keptDenominator", (before == null) ? null : kept(before.denominatorWhere()));
		return "admin/reports/measure";
	}

	private static void common(Model model, ConfigDocument document, String path, Object form,
			List<PageProblem> errors) {
		String base = AdminPaths.report(TenantContext.require().value(), document.id());
		model.addAttribute("reportTitle", Texts.english(document.title(), document.id()));
		model.addAttribute("reportUrl", base);
		model.addAttribute("action", base + path);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		java.util.Map<String, String> messages = new java.util.HashMap<>();
		errors.forEach(error -> messages.putIfAbsent(error.field(), error.message()));
		model.addAttribute("errorMessages", messages);
	}

	/** A condition the rows cannot show, in words; {@code null} when there is none. */
	private static String kept(tools.jackson.databind.JsonNode where) {
		return (where != null && ReportConditions.of(where).isEmpty()) ? ReportPage.condition(where) : null;
	}

	private static String part(String pointer, String part, Map<String, String> fields, String otherwise) {
		String prefix = "/spec/" + part + "/";
		if (pointer == null || !pointer.startsWith(prefix)) {
			return otherwise;
		}
		String[] steps = pointer.substring(prefix.length()).split("/");
		return (steps.length < 2) ? otherwise : fields.getOrDefault(steps[1], otherwise);
	}

	private static String here(String id, String part, String item) {
		return AdminPaths.report(TenantContext.require().value(), id) + "/" + part + "/"
				+ ((item == null) ? "new" : item);
	}

	private static ReportSource source(ConfigDocument document) {
		return ReportSource.of(document.content().path("spec").path("source").asString("cases"))
			.orElse(ReportSource.CASES);
	}

	private static ReportDimension dimension(ConfigDocument document, String id) {
		return ReportEditor.dimensions(document.content())
			.stream()
			.filter(each -> id.equals(each.id()))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static ReportMeasure measure(ConfigDocument document, String id) {
		return ReportEditor.measures(document.content())
			.stream()
			.filter(each -> id.equals(each.id()))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
