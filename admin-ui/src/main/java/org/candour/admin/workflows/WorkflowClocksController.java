package org.candour.admin.workflows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.PageProblem;
import org.candour.admin.Texts;
import org.candour.api.EndpointRoles;
import org.candour.calendar.TenantCalendars;
import org.candour.calendar.WorkingDayCalendar;
import org.candour.config.DraftManagement;
import org.candour.config.DraftSet;
import org.candour.definition.ConfigDocument;
import org.candour.definition.Problem;
import org.candour.definition.editing.ClockEditor;
import org.candour.definition.editing.WorkflowChange;
import org.candour.definition.model.CalendarDefinition;
import org.candour.definition.model.FeedbackType;
import tools.jackson.databind.JsonNode;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A workflow's timescales (clocks) added, changed and deleted, each page with a worked
 * example of the due dates for sample receipts counted on the draft's calendar. "Update
 * the worked example" posts the page and shows it again with the example counted from the
 * values entered, saving nothing; "Save" edits the draft, only if the workflow is
 * unchanged since the page was read.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/feedback-types/{id}/workflow/clocks")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class WorkflowClocksController {

	private static final Map<String, String> FIELDS = Map.of("clock.unit-unknown", "unit", "clock.state-missing",
			"pausedIn", "clock.action-missing", "stopsOn", "clock.clock-missing", "startsOn", "clock.amount", "amount",
			"clock.anchor", "anchor", "clock.label", "label", "clock.public-label", "publicLabel",
			"clock.warning-needed", "warnAmount");

	private static final String EXAMPLE = "example";

	private final WorkflowDrafts workflows;

	private final TenantCalendars calendars;

	private final DraftManagement drafts;

	WorkflowClocksController(WorkflowDrafts workflows, TenantCalendars calendars, DraftManagement drafts) {
		this.workflows = workflows;
		this.calendars = calendars;
		this.drafts = drafts;
	}

	@GetMapping("/new")
	String newClock(@PathVariable String id, Model model) {
		WorkflowDrafts.TypeWorkflow workflow = this.workflows.require(id);
		return show(model, workflow, null, ClockForm.empty(workflow.hash()), List.of(), workflow.content(), false);
	}

	@PostMapping("/new")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String add(@PathVariable String id, @ModelAttribute ClockForm form, @RequestParam(defaultValue = "") String intent,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		WorkflowDrafts.TypeWorkflow workflow = this.workflows.require(id);
		return post(workflow, null, form, intent, model, response, redirect);
	}

	@GetMapping("/{clock}")
	String clock(@PathVariable String id, @PathVariable String clock, Model model) {
		WorkflowDrafts.TypeWorkflow workflow = this.workflows.require(id);
		return show(model, workflow, clock, ClockForm.of(fields(workflow, clock), workflow.hash()), List.of(),
				workflow.content(), false);
	}

	@PostMapping("/{clock}")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String change(@PathVariable String id, @PathVariable String clock, @ModelAttribute ClockForm form,
			@RequestParam(defaultValue = "") String intent, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		WorkflowDrafts.TypeWorkflow workflow = this.workflows.require(id);
		fields(workflow, clock);
		return post(workflow, clock, form, intent, model, response, redirect);
	}

	@GetMapping("/{clock}/delete")
	String confirmDelete(@PathVariable String id, @PathVariable String clock, Model model) {
		WorkflowDrafts.TypeWorkflow workflow = this.workflows.require(id);
		return showDelete(model, workflow, clock, workflow.hash(), List.of());
	}

	@PostMapping("/{clock}/delete")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String delete(@PathVariable String id, @PathVariable String clock, @RequestParam(defaultValue = "") String hash,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		WorkflowDrafts.TypeWorkflow workflow = this.workflows.require(id);
		String name = fields(workflow, clock).label();
		WorkflowChange change = editor(workflow).delete(workflow.content(), clock);
		String broken = change.refused() ? null : brokenElsewhere(workflow, change);
		if (broken != null) {
			response.setStatus(422);
			return showDelete(model, workflow, clock, hash, List.of(new PageProblem("delete", broken)));
		}
		return this.workflows.saveThen(workflow, change, hash, "Timescale ‘" + name + "’ deleted", "#clocks", model,
				response, redirect,
				words -> showDelete(model, workflow, clock, hash, List.of(new PageProblem("delete", words))));
	}

	/**
	 * A service standard or report of the draft that would count a clock no workflow of
	 * its feedback types has once the change is made, in words; {@code null} for none.
	 */
	private String brokenElsewhere(WorkflowDrafts.TypeWorkflow workflow, WorkflowChange change) {
		List<Problem> before = workflow.state().errors();
		ConfigDocument edited = ConfigDocument.of(change.document());
		List<ConfigDocument> documents = new ArrayList<>(workflow.state()
			.draft()
			.documents()
			.stream()
			.filter(document -> !document.key().equals(edited.key()))
			.toList());
		documents.add(edited);
		DraftSet after = new DraftSet(workflow.state().draft().revision(), documents);
		return this.drafts.check(after)
			.report()
			.errors()
			.stream()
			.filter(problem -> problem.code().endsWith(".clock-missing") && !before.contains(problem))
			.findFirst()
			.map(problem -> "The " + problem.document().replace('/', ' ').replace('-', ' ') + " counts it ("
					+ problem.message() + " after the deletion): change that first")
			.orElse(null);
	}

	private String post(WorkflowDrafts.TypeWorkflow workflow, String clock, ClockForm form, String intent, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<PageProblem> problems = form.problems(choices(workflow, clock));
		if (!problems.isEmpty()) {
			return WorkflowDrafts.invalid(response,
					show(model, workflow, clock, form, problems, workflow.content(), false));
		}
		ClockEditor editor = editor(workflow);
		WorkflowChange change = (clock == null) ? editor.add(workflow.content(), form.fields())
				: editor.edit(workflow.content(), clock, form.fields());
		if (change.refused()) {
			PageProblem problem = new PageProblem(FIELDS.getOrDefault(change.refusal().code(), "label"),
					change.refusal().message());
			return WorkflowDrafts.invalid(response,
					show(model, workflow, clock, form, List.of(problem), workflow.content(), false));
		}
		if (EXAMPLE.equals(intent)) {
			return show(model, workflow, clock, form, List.of(), change.document(), true);
		}
		return this.workflows.saveThen(workflow, change, form.hash(),
				"Timescale ‘" + form.fields().label() + ((clock == null) ? "’ added" : "’ saved"), "#clocks", model,
				response, redirect, words -> show(model, workflow, clock, form,
						List.of(new PageProblem("label", words)), workflow.content(), false));
	}

	private String show(Model model, WorkflowDrafts.TypeWorkflow workflow, String clock, ClockForm form,
			List<PageProblem> problems, ObjectNode counted, boolean unsaved) {
		model.addAttribute("typeTitle", workflow.typeTitle());
		model.addAttribute("workflowUrl", workflow.url());
		model.addAttribute("action", workflow.url() + "/clocks/" + ((clock == null) ? "new" : clock));
		model.addAttribute("heading", (clock == null) ? "Add a timescale" : "Change a timescale");
		model.addAttribute("form", form);
		model.addAttribute("choices", choices(workflow, clock));
		model.addAttribute("units",
				List.of(new WorkflowDrafts.Choice("working-days", "Working days"),
						new WorkflowDrafts.Choice("calendar-days", "Calendar days"),
						new WorkflowDrafts.Choice("hours", "Hours"),
						new WorkflowDrafts.Choice("calendar-months", "Calendar months")));
		model.addAttribute("anchors",
				List.of(new WorkflowDrafts.Choice("start", "When the timescale starts"),
						new WorkflowDrafts.Choice("received", "The day the case was received"),
						new WorkflowDrafts.Choice("field", "A date answered in the form")));
		model.addAttribute("yesNo",
				List.of(new WorkflowDrafts.Choice("yes", "Yes"), new WorkflowDrafts.Choice("no", "No: internal")));
		model.addAttribute("errors", problems);
		WorkingDayCalendar calendar = calendar(workflow);
		model.addAttribute("calendarWords", calendarWords(calendar));
		model.addAttribute("example", ClockExample.of(editor(workflow).compiled(counted), calendar));
		model.addAttribute("unsaved", unsaved);
		if (clock != null) {
			model.addAttribute("deleteUrl", workflow.url() + "/clocks/" + clock + "/delete");
			model.addAttribute("automation", ClockAutomationWords.of(written(workflow, clock)));
		}
		return "admin/workflows/clock";
	}

	private String showDelete(Model model, WorkflowDrafts.TypeWorkflow workflow, String clock, String hash,
			List<PageProblem> problems) {
		return WorkflowDrafts.deletePage(model, workflow, "timescale", fields(workflow, clock).label(),
				workflow.url() + "/clocks/" + clock + "/delete", hash, problems);
	}

	private static ClockEditor editor(WorkflowDrafts.TypeWorkflow workflow) {
		return new ClockEditor(workflow.state().draft().documents());
	}

	private static ClockEditor.ClockFields fields(WorkflowDrafts.TypeWorkflow workflow, String clock) {
		ClockEditor.ClockFields fields = editor(workflow).clock(workflow.content(), clock);
		if (fields == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return fields;
	}

	private static JsonNode written(WorkflowDrafts.TypeWorkflow workflow, String clock) {
		for (JsonNode node : workflow.content().path("spec").path("clocks")) {
			if (clock.equals(node.path("id").asString(""))) {
				return node;
			}
		}
		return workflow.content().objectNode();
	}

	/** The draft's calendar: its calendar document, else the tenant's division alone. */
	private WorkingDayCalendar calendar(WorkflowDrafts.TypeWorkflow workflow) {
		CalendarDefinition defined = workflow.state()
			.canonical()
			.stream()
			.filter(document -> document.kind().equals("calendar"))
			.findFirst()
			.map(CalendarDefinition::read)
			.orElse(null);
		return this.calendars.defined(defined);
	}

	private static String calendarWords(WorkingDayCalendar calendar) {
		String division = switch (calendar.spec().division().id()) {
			case "scotland" -> "Scotland";
			case "northern-ireland" -> "Northern Ireland";
			default -> "England and Wales";
		};
		int closures = calendar.spec().closureDays().size();
		StringBuilder words = new StringBuilder(
				"Counted on the draft’s working-day calendar: weekends, the bank holidays of ")
			.append(division)
			.append(" (known up to the end of ")
			.append(calendar.lastCoveredYear())
			.append(") and ")
			.append((closures == 1) ? "1 closure day of your own" : closures + " closure days of your own")
			.append(" are not working days");
		if (calendar.spec().cutOff() != null) {
			words.append("; anything received at or after ")
				.append(calendar.spec().cutOff())
				.append(" counts as received on the next working day (for timescales in working days or hours)");
		}
		return words.append('.').toString();
	}

	private static ClockForm.ClockChoices choices(WorkflowDrafts.TypeWorkflow workflow, String clock) {
		Map<String, String> actions = new LinkedHashMap<>();
		workflow.compiled()
			.transitions()
			.forEach(transition -> actions.putIfAbsent(transition.action(),
					Texts.english(transition.label(), transition.action())));
		List<WorkflowDrafts.Choice> starts = new ArrayList<>();
		starts.add(new WorkflowDrafts.Choice("logged", "When the case is logged"));
		actions.forEach((action, label) -> starts
			.add(new WorkflowDrafts.Choice("transition:" + action, "When ‘" + label + "’ is taken")));
		workflow.compiled()
			.declaredClocks()
			.stream()
			.filter(other -> !other.id().equals(clock))
			.forEach(other -> starts.add(new WorkflowDrafts.Choice("clockStopped:" + other.id(),
					"When the timescale ‘" + Texts.english(other.label(), other.id()) + "’ stops")));
		List<WorkflowDrafts.Choice> stops = new ArrayList<>();
		actions.forEach((action, label) -> stops.add(new WorkflowDrafts.Choice(action, label)));
		ClockEditor.ClockFields saved = (clock == null) ? null : editor(workflow).clock(workflow.content(), clock);
		return new ClockForm.ClockChoices(starts, stops, workflow.stateChoices(),
				dates(workflow, (saved == null) ? null : saved.anchorPointer()),
				workflow.roleChoices((saved == null) ? Set.of() : new HashSet<>(saved.extensionRoles())));
	}

	/**
	 * The date questions of the type's form, and the date the clock counts from now
	 * ({@code current}, may be {@code null}).
	 */
	private static List<WorkflowDrafts.Choice> dates(WorkflowDrafts.TypeWorkflow workflow, String current) {
		List<WorkflowDrafts.Choice> dates = new ArrayList<>();
		String formId = workflow.state()
			.find("feedback-type", workflow.typeId())
			.map(type -> FeedbackType.read(type).form())
			.orElse(null);
		workflow.state()
			.canonical()
			.stream()
			.filter(document -> document.kind().equals("form") && document.id().equals(formId))
			.findFirst()
			.map(ConfigDocument::spec)
			.ifPresent(spec -> spec.path("schema").path("properties").properties().forEach(property -> {
				if ("date".equals(property.getValue().path("format").asString(""))) {
					dates.add(new WorkflowDrafts.Choice("/data/" + property.getKey(),
							Texts.english(property.getValue().get("title"), property.getKey())));
				}
			}));
		if (current != null && dates.stream().noneMatch(date -> date.value().equals(current))) {
			dates.add(new WorkflowDrafts.Choice(current, current));
		}
		return dates;
	}

}
