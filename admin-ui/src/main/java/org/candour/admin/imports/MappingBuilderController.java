package org.candour.admin.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.candour.admin.PageProblem;
import org.candour.admin.Texts;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.imports.ExportProfile;
import org.candour.imports.ImportMapping;
import org.candour.imports.ImportMappingManagement;
import org.candour.imports.Imports;
import org.candour.tenancy.TenantContext;

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
 * "Create an import mapping" (or change a saved one, {@code ?from=id}), in three steps: a
 * name, the feedback type and the export itself (its header row and values are read,
 * nothing is stored); which column holds what, guessed from the headers (or as the saved
 * mapping has it); what each old directorate, status and outcome becomes. The mapping is
 * saved only when it fits the active configuration. The steps keep the mapping being
 * built in the session; only tenant administrators build mappings.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/imports/mappings/new")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
class MappingBuilderController {

	private static final String DRAFT = "import-mapping-draft:";

	private final Imports imports;

	private final ImportMappingManagement mappings;

	private final ActiveConfigurations configurations;

	MappingBuilderController(Imports imports, ImportMappingManagement mappings, ActiveConfigurations configurations) {
		this.imports = imports;
		this.mappings = mappings;
		this.configurations = configurations;
	}

	@GetMapping
	String start(@RequestParam(defaultValue = "") String from, Model model) {
		if (from.isEmpty()) {
			return startPage(model, "", "", "", List.of());
		}
		ImportMapping saved = this.mappings.find(from)
			.orElseThrow(() -> Refusal.notFound("No import mapping '" + from + "'"));
		return startPage(model, saved.id(), saved.title(), saved.feedbackType(), List.of());
	}

	@PostMapping
	String upload(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String feedbackType, @RequestParam(required = false) MultipartFile file,
			Model model, HttpSession session, HttpServletResponse response) throws IOException {
		List<PageProblem> errors = new ArrayList<>();
		boolean changing = !from.isEmpty() && this.mappings.find(from).isPresent();
		String id = changing ? from : id(title);
		if (title.isBlank()) {
			errors.add(new PageProblem("title", "Enter a name for the mapping"));
		}
		else if (!changing && this.mappings.find(id).isPresent()) {
			errors.add(new PageProblem("title",
					"There is a mapping called '" + title.strip() + "' already: choose another name"));
		}
		if (MappingTargets.of(model(), feedbackType).isEmpty()) {
			errors.add(new PageProblem("feedbackType", "Choose the feedback type the cases are"));
		}
		ExportProfile profile = null;
		if (file == null || file.isEmpty()) {
			errors.add(new PageProblem("file", "Choose the export: a CSV or Excel (.xlsx) file"));
		}
		else {
			try {
				profile = this.imports.profile(file.getOriginalFilename(), file.getBytes());
			}
			catch (Refusal refusal) {
				refusal.violations().forEach(violation -> errors.add(new PageProblem("file", violation.message())));
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(422);
			return startPage(model, changing ? from : "", title, feedbackType, errors);
		}
		String key = UUID.randomUUID().toString();
		session.setAttribute(DRAFT + key,
				new MappingDraft(id, changing, title.strip(), feedbackType, profile, Map.of()));
		return "redirect:" + path() + "/" + key + "/columns";
	}

	@GetMapping("/{key}/columns")
	String columns(@PathVariable String key, Model model, HttpSession session) {
		MappingDraft draft = draft(session, key);
		if (draft == null) {
			return "redirect:" + path();
		}
		MappingTargets targets = targets(draft);
		Map<String, String> chosen = draft.columns().isEmpty()
				? ColumnChoices.suggested(draft.profile(), targets, saved(draft)) : draft.columns();
		return columnsPage(model, key, draft, targets, chosen, List.of());
	}

	@PostMapping("/{key}/columns")
	String chooseColumns(@PathVariable String key, @RequestParam Map<String, String> form, Model model,
			HttpSession session, HttpServletResponse response) {
		MappingDraft draft = draft(session, key);
		if (draft == null) {
			return "redirect:" + path();
		}
		MappingTargets targets = targets(draft);
		Map<String, String> chosen = ColumnChoices.read(form, draft.profile(), targets);
		List<PageProblem> errors = ColumnChoices.problems(chosen, targets);
		if (!errors.isEmpty()) {
			response.setStatus(422);
			return columnsPage(model, key, draft, targets, chosen, errors);
		}
		session.setAttribute(DRAFT + key, draft.withColumns(chosen));
		return "redirect:" + path() + "/" + key + "/values";
	}

	@GetMapping("/{key}/values")
	String values(@PathVariable String key, Model model, HttpSession session) {
		MappingDraft draft = draft(session, key);
		if (draft == null || draft.columns().isEmpty()) {
			return "redirect:" + path();
		}
		MappingTargets targets = targets(draft);
		return valuesPage(model, key, draft, ValueTables.suggested(draft, targets, saved(draft)), List.of());
	}

	@PostMapping("/{key}/values")
	String save(@PathVariable String key, @RequestParam Map<String, String> form, Model model, HttpSession session,
			HttpServletResponse response, RedirectAttributes redirect) {
		MappingDraft draft = draft(session, key);
		if (draft == null || draft.columns().isEmpty()) {
			return "redirect:" + path();
		}
		MappingTargets targets = targets(draft);
		ValueTables tables = ValueTables.read(form, draft, targets);
		ImportMapping mapping = ColumnChoices.mapping(draft, targets, tables);
		if (!draft.changing() && this.mappings.find(draft.id()).isPresent()) {
			response.setStatus(422);
			return valuesPage(model, key, draft, tables, List.of(new PageProblem("save", "A mapping called '"
					+ draft.title() + "' was saved since you started: start again with another name")));
		}
		try {
			this.mappings.save(mapping);
		}
		catch (Refusal refusal) {
			List<PageProblem> errors = refusal.violations()
				.stream()
				.map(violation -> new PageProblem(tables.field(violation.pointer()), violation.message()))
				.toList();
			response.setStatus(422);
			return valuesPage(model, key, draft, tables, errors);
		}
		session.removeAttribute(DRAFT + key);
		redirect.addFlashAttribute("saved", mapping.title());
		return "redirect:/t/" + TenantContext.require().value() + "/admin/imports?mappingId=" + mapping.id();
	}

	private String startPage(Model model, String from, String title, String feedbackType, List<PageProblem> errors) {
		model.addAttribute("errors", errors);
		model.addAttribute("from", from);
		model.addAttribute("mappingTitle", title);
		model.addAttribute("feedbackType", feedbackType);
		model.addAttribute("typeChoices",
				model().feedbackTypes()
					.values()
					.stream()
					.map(type -> new Choice(type.id(), Texts.english(type.title(), type.id())))
					.toList());
		model.addAttribute("importsUrl", importsPath());
		return "admin/imports/new-mapping";
	}

	private String columnsPage(Model model, String key, MappingDraft draft, MappingTargets targets,
			Map<String, String> chosen, List<PageProblem> errors) {
		model.addAttribute("errors", errors);
		model.addAttribute("draft", draft);
		model.addAttribute("typeTitle", targets.typeTitle());
		model.addAttribute("sections", ColumnChoices.sections(draft.profile(), targets, chosen));
		model.addAttribute("actionUrl", path() + "/" + key + "/columns");
		model.addAttribute("backUrl", path());
		return "admin/imports/mapping-columns";
	}

	private String valuesPage(Model model, String key, MappingDraft draft, ValueTables tables,
			List<PageProblem> errors) {
		model.addAttribute("errors", errors);
		model.addAttribute("draft", draft);
		model.addAttribute("tables", tables.shown());
		model.addAttribute("actionUrl", path() + "/" + key + "/values");
		model.addAttribute("backUrl", path() + "/" + key + "/columns");
		return "admin/imports/mapping-values";
	}

	private MappingTargets targets(MappingDraft draft) {
		return MappingTargets.of(model(), draft.feedbackType())
			.orElseThrow(() -> Refusal.notFound("The feedback type '" + draft.feedbackType()
					+ "' is no longer published: start the mapping again"));
	}

	/** The saved mapping a draft changes, whose choices are offered first. */
	private Optional<ImportMapping> saved(MappingDraft draft) {
		return draft.changing() ? this.mappings.find(draft.id()) : Optional.empty();
	}

	private CompiledConfiguration model() {
		return this.configurations.require().model();
	}

	private static MappingDraft draft(HttpSession session, String key) {
		return (MappingDraft) session.getAttribute(DRAFT + key);
	}

	/** The mapping's id: its name in lower case, words joined by hyphens. */
	static String id(String title) {
		String id = title.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
		id = id.length() > 60 ? id.substring(0, 60).replaceAll("-+$", "") : id;
		if (id.isEmpty()) {
			return "mapping";
		}
		return id.equals("new") ? "new-mapping" : id;
	}

	private static String importsPath() {
		return "/t/" + TenantContext.require().value() + "/admin/imports";
	}

	private static String path() {
		return importsPath() + "/mappings/new";
	}

}
