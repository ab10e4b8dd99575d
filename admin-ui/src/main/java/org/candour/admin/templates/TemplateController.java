package org.candour.admin.templates;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.AdminPaths;
import org.candour.admin.PageProblem;
import org.candour.admin.Welsh;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.calendar.TenantCalendars;
import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.config.DraftSet;
import org.candour.definition.CheckedConfiguration;
import org.candour.definition.ConfigDocument;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.FormQuestion;
import org.candour.definition.model.NotificationTemplate;
import org.candour.notifications.NotificationProviders;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One notification template of the draft: create it, change its channel, Notify template
 * id, subject and body (English, and Welsh beside it when the tenant offers Welsh), and
 * preview it filled with a sample case. A save is checked as publishing would check the
 * draft: a placeholder Candour does not fill is refused on its field; one no question
 * answers is saved and warned of. Each save carries the document's hash as the page read
 * it, so a save over someone else's change shows the conflict page and writes nothing.
 */
@Controller
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class TemplateController {

	private final DraftManagement drafts;

	private final NotificationProviders providers;

	private final TenantCalendars calendars;

	private final TenantManagement tenants;

	private final Clock clock;

	TemplateController(DraftManagement drafts, NotificationProviders providers, TenantCalendars calendars,
			TenantManagement tenants, Optional<Clock> clock) {
		this.drafts = drafts;
		this.providers = providers;
		this.calendars = calendars;
		this.tenants = tenants;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@GetMapping("/t/{tenant}/admin/templates/new")
	String create(Model model) {
		DraftSet draft = this.drafts.draft();
		return show(model, draft, this.drafts.check(draft), null, TemplateForm.empty(), List.of(), List.of());
	}

	@PostMapping("/t/{tenant}/admin/templates/new")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String created(@ModelAttribute TemplateForm form, Model model, HttpServletResponse response) {
		DraftSet draft = this.drafts.draft();
		String id = form.title().isEmpty() ? "" : TemplateDocuments.idFor(form.title(), ids(draft));
		ObjectNode content = id.isEmpty() ? null : TemplateDocuments.newTemplate(id, form, Welsh.offeredBy(draft));
		return save(id, content, DraftSet.ABSENT, draft, form, model, response, null);
	}

	@GetMapping("/t/{tenant}/admin/templates/{id}")
	String edit(@PathVariable String id, Model model) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = TemplatePages.document(draft, id);
		CheckedConfiguration checked = this.drafts.check(draft);
		return show(model, draft, checked, document, TemplateForm.of(document, draft.hashOf(TemplatePages.KIND, id)),
				TemplateProblems.of(TemplatePages.problemsOf(checked, id, true)),
				TemplateProblems.of(TemplatePages.problemsOf(checked, id, false)));
	}

	@PostMapping("/t/{tenant}/admin/templates/{id}")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String saved(@PathVariable String id, @ModelAttribute TemplateForm form, Model model,
			HttpServletResponse response) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = TemplatePages.document(draft, id);
		ObjectNode content = TemplateDocuments.withForm(document.content(), form, Welsh.offeredBy(draft));
		return save(id, content, form.hash(), draft, form, model, response, document);
	}

	@GetMapping("/t/{tenant}/admin/templates/{id}/preview")
	String preview(@PathVariable String id, Model model) {
		String tenant = TenantContext.require().value();
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = TemplatePages.document(draft, id);
		CheckedConfiguration checked = this.drafts.check(draft);
		TemplateUses uses = new TemplateUses(checked.model(), tenant);
		List<FeedbackType> types = uses.typesSending(id);
		Optional<FeedbackType> type = types.stream().findFirst();
		Map<String, FormQuestion> questions = Placeholders.questions(id, types, uses);
		NotificationTemplate template = NotificationTemplate.read(document);
		List<TemplatePreview> previews = new ArrayList<>();
		for (String language : Welsh.offeredBy(draft) ? List.of("en", "cy") : List.of("en")) {
			Map<String, String> values = SampleCase.values(type, uses, tenantName(tenant), trackingLink(tenant),
					questions, this.calendars.current(), this.clock, language);
			boolean english = "en".equals(language) || TemplateForm.in(template.body(), "cy").isBlank();
			String subject = TemplateForm.in(template.subject(), english ? "en" : "cy");
			String body = TemplateForm.in(template.body(), english ? "en" : "cy");
			previews.add(TemplatePreview.of(language, subject, body, values, english && !"en".equals(language)));
		}
		model.addAttribute("title", TemplatePages.title(document));
		model.addAttribute("templateTitle", TemplatePages.title(document));
		model.addAttribute("templateUrl", AdminPaths.template(tenant, id));
		model.addAttribute("channel", Channels.words(template.channel()));
		model.addAttribute("email", "email".equals(template.channel()));
		model.addAttribute("previews", previews);
		model.addAttribute("sampleType", type.map(TemplateUses::title).orElse(null));
		model.addAttribute("warnings", TemplateProblems.of(TemplatePages.problemsOf(checked, id, false)));
		model.addAttribute("errors", TemplateProblems.of(TemplatePages.problemsOf(checked, id, true)));
		return "admin/templates/preview";
	}

	/**
	 * Checks the changed template within the draft as publishing would, then stores it if
	 * it has no errors and the document is as the page read it.
	 */
	private String save(String id, ObjectNode content, String hash, DraftSet draft, TemplateForm form, Model model,
			HttpServletResponse response, ConfigDocument document) {
		String tenant = TenantContext.require().value();
		String page = document == null ? AdminPaths.templates(tenant) + "/new" : AdminPaths.template(tenant, id);
		List<PageProblem> problems = form.problems();
		if (!problems.isEmpty()) {
			return TemplatePages.invalid(response,
					show(model, draft, this.drafts.check(draft), document, form, problems, List.of()));
		}
		CheckedConfiguration checked = this.drafts.check(withDocument(draft, ConfigDocument.of(content)));
		List<PageProblem> errors = TemplateProblems.of(TemplatePages.problemsOf(checked, id, true));
		if (!errors.isEmpty()) {
			return TemplatePages.invalid(response, show(model, draft, checked, document, form, errors,
					TemplateProblems.of(TemplatePages.problemsOf(checked, id, false))));
		}
		try {
			this.drafts.put(new DraftDocument(TemplatePages.KIND, id, content), hash);
		}
		catch (Refusal refusal) {
			if (refusal.is(Refusal.Kind.STALE)) {
				return TemplatePages.conflict(refusal, page, model, response);
			}
			return TemplatePages.invalid(response,
					show(model, draft, checked, document, form, TemplateProblems.of(refusal), List.of()));
		}
		return "redirect:" + AdminPaths.template(tenant, id) + "/preview";
	}

	private String show(Model model, DraftSet draft, CheckedConfiguration checked, ConfigDocument document,
			TemplateForm form, List<PageProblem> errors, List<PageProblem> warnings) {
		String tenant = TenantContext.require().value();
		TemplateUses uses = new TemplateUses(checked.model(), tenant);
		String id = document == null ? null : document.id();
		List<FeedbackType> types = id == null ? List.of() : uses.typesSending(id);
		boolean notify = this.providers.sendsThroughNotify();
		model.addAttribute("creating", document == null);
		model.addAttribute("title", document == null ? "Create a template" : TemplatePages.title(document));
		model.addAttribute("action",
				document == null ? AdminPaths.templates(tenant) + "/new" : AdminPaths.template(tenant, id));
		model.addAttribute("templateUrl", id == null ? null : AdminPaths.template(tenant, id));
		model.addAttribute("form", form);
		model.addAttribute("channels", Channels.choices());
		model.addAttribute("welsh", Welsh.offeredBy(draft));
		model.addAttribute("notify", notify);
		model.addAttribute("lacksNotifyId", notify && form.notifyTemplateId().isEmpty());
		model.addAttribute("uses", id == null ? List.of() : uses.of(id));
		boolean staff = id != null && checked.model() != null
				&& checked.model().notificationTemplate(id).map(NotificationTemplate::forStaff).orElse(false);
		model.addAttribute("placeholders",
				staff ? Placeholders.forStaffTemplate() : Placeholders.forTemplate(id, types, uses));
		model.addAttribute("errors", errors);
		model.addAttribute("warnings", warnings);
		return "admin/templates/edit";
	}

	private static DraftSet withDocument(DraftSet draft, ConfigDocument changed) {
		List<ConfigDocument> documents = new ArrayList<>(draft.documents()
			.stream()
			.filter(document -> !(document.kind().equals(changed.kind()) && document.id().equals(changed.id())))
			.toList());
		documents.add(changed);
		return new DraftSet(draft.revision(), documents);
	}

	private static List<String> ids(DraftSet draft) {
		return draft.documents()
			.stream()
			.filter(document -> document.kind().equals(TemplatePages.KIND))
			.map(ConfigDocument::id)
			.toList();
	}

	private String tenantName(String tenant) {
		return this.tenants.find(tenant).map(found -> found.name()).orElse(tenant);
	}

	private static String trackingLink(String tenant) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/t/{tenant}/track/sample-link")
			.buildAndExpand(tenant)
			.toUriString();
	}

}
