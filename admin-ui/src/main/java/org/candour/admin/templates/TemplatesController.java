package org.candour.admin.templates;

import java.util.List;

import org.candour.admin.AdminPaths;
import org.candour.api.EndpointRoles;
import org.candour.config.DraftManagement;
import org.candour.config.DraftSet;
import org.candour.definition.ConfigDocument;
import org.candour.definition.model.NotificationTemplate;
import org.candour.notifications.NotificationProviders;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tenant's notification templates: each with its channel and what sends it (the
 * feedback types it acknowledges, the workflow actions that notify with it), narrowed to
 * one feedback type's when its task list links here.
 */
@Controller
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class TemplatesController {

	private final DraftManagement drafts;

	private final NotificationProviders providers;

	TemplatesController(DraftManagement drafts, NotificationProviders providers) {
		this.drafts = drafts;
		this.providers = providers;
	}

	@GetMapping("/t/{tenant}/admin/templates")
	String list(@RequestParam(required = false) String type, Model model) {
		String tenant = TenantContext.require().value();
		DraftSet draft = this.drafts.draft();
		TemplateUses uses = new TemplateUses(this.drafts.check(draft).model(), tenant);
		boolean notify = this.providers.sendsThroughNotify();
		List<String> sentForType = type == null ? null
				: uses.type(type).map(found -> uses.templatesSentFor(found)).orElse(List.of());
		List<Row> rows = draft.documents()
			.stream()
			.filter(document -> document.kind().equals(TemplatePages.KIND))
			.filter(document -> sentForType == null || sentForType.contains(document.id()))
			.map(document -> row(document, uses, tenant, notify))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("notify", notify);
		model.addAttribute("typeTitle", type == null ? null : uses.type(type).map(TemplateUses::title).orElse(type));
		model.addAttribute("typeUrl", type == null ? null : AdminPaths.type(tenant, type));
		return "admin/templates/list";
	}

	private static Row row(ConfigDocument document, TemplateUses uses, String tenant, boolean notify) {
		NotificationTemplate template = NotificationTemplate.read(document);
		return new Row(TemplatePages.title(document), AdminPaths.template(tenant, document.id()),
				Channels.words(template.channel()), uses.of(document.id()),
				notify && template.notifyTemplateId() == null);
	}

	/**
	 * A template as the list shows it.
	 *
	 * @param title its name
	 * @param href its page
	 * @param channel how it is sent, in words
	 * @param uses what sends it
	 * @param lacksNotifyId whether the tenant sends through GOV.UK Notify and the
	 * template has no Notify template id
	 */
	record Row(String title, String href, String channel, List<TemplateUses.Use> uses, boolean lacksNotifyId) {
	}

}
