package org.candour.admin.branding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.AdminPaths;
import org.candour.admin.PageProblem;
import org.candour.api.ApiError;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.config.DraftSet;
import org.candour.definition.ConfigDocument;
import org.candour.definition.model.Branding;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The branding of the tenant's public pages: the draft's branding document (the first by
 * id, as the public pages read it; created on the first save when the draft has none),
 * with the brand colour's contrast against the header's white text. A save carries the
 * document's hash as the page read it, so a save over someone else's change shows the
 * conflict page and writes nothing.
 */
@Controller
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class BrandingController {

	private static final Map<String, String> FIELDS = Map.of("/spec/organisationName", "organisationName",
			"/spec/colour", "colour", "/spec/logoUrl", "logoUrl", "/spec/logoAlt", "logoAlt", "/spec/welsh", "welsh",
			"/spec/privacyNoticeUrl", "privacyNoticeUrl", "/spec/accessibilityStatementUrl",
			"accessibilityStatementUrl", "/spec/contactUrl", "contactUrl", "/spec/startPageIntro", "startPageIntro");

	private final DraftManagement drafts;

	private final TenantManagement tenants;

	BrandingController(DraftManagement drafts, TenantManagement tenants) {
		this.drafts = drafts;
		this.tenants = tenants;
	}

	@GetMapping("/t/{tenant}/admin/branding")
	String branding(@RequestParam(required = false) String saved, Model model) {
		model.addAttribute("saved", saved != null);
		DraftSet draft = this.drafts.draft();
		Optional<ConfigDocument> document = current(draft);
		BrandingForm form = document
			.map(found -> BrandingForm.of(Branding.read(found), draft.hashOf("branding", found.id())))
			.orElseGet(() -> BrandingForm.empty(tenantName()));
		return show(model, form, List.of());
	}

	@PostMapping("/t/{tenant}/admin/branding")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String save(@ModelAttribute BrandingForm form, Model model, HttpServletResponse response) {
		List<PageProblem> problems = form.problems();
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return show(model, form, problems);
		}
		Optional<ConfigDocument> document = current(this.drafts.draft());
		ObjectNode written = document.map(ConfigDocument::content).orElseGet(BrandingDocuments::newBranding);
		String id = document.map(ConfigDocument::id).orElse(BrandingDocuments.DEFAULT_ID);
		try {
			this.drafts.put(new DraftDocument("branding", id, BrandingDocuments.withForm(written, form)), form.hash());
		}
		catch (Refusal refusal) {
			if (refusal.is(Refusal.Kind.STALE)) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("reloadUrl", AdminPaths.branding(tenant()));
				model.addAttribute("changedWhat", "branding");
				return "admin/conflict";
			}
			response.setStatus(422);
			return show(model, form, problems(refusal));
		}
		return "redirect:" + AdminPaths.branding(tenant()) + "?saved";
	}

	private String show(Model model, BrandingForm form, List<PageProblem> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("contrast", form.hasColour() ? Contrast.of(form.colour()) : null);
		model.addAttribute("yesNo", List.of(new Option("yes", "Yes, offer English and Welsh (Cymraeg)"),
				new Option("no", "No, English only")));
		return "admin/branding/branding";
	}

	private static Optional<ConfigDocument> current(DraftSet draft) {
		return draft.documents().stream().filter(document -> document.kind().equals("branding")).findFirst();
	}

	private static List<PageProblem> problems(Refusal refusal) {
		Map<String, PageProblem> byField = new LinkedHashMap<>();
		for (ApiError violation : refusal.violations()) {
			String pointer = violation.pointer() == null ? "" : violation.pointer();
			String field = FIELDS.entrySet()
				.stream()
				.filter(entry -> pointer.equals(entry.getKey()) || pointer.startsWith(entry.getKey() + "/"))
				.map(entry -> entry.getValue() + (pointer.endsWith("/cy") ? "Cy" : ""))
				.findFirst()
				.orElse("organisationName");
			byField.putIfAbsent(field, new PageProblem(field, violation.message()));
		}
		return byField.isEmpty() ? List.of(new PageProblem("organisationName", refusal.getMessage()))
				: List.copyOf(byField.values());
	}

	private String tenantName() {
		return this.tenants.find(tenant()).map(found -> found.name()).orElse(tenant());
	}

	private static String tenant() {
		return TenantContext.require().value();
	}

	/**
	 * White text on the brand colour: its contrast ratio, and so how the header uses the
	 * colour.
	 *
	 * @param ratio e.g. {@code 5.2:1}
	 * @param readable whether it is at least 4.5:1 (the header is filled with the colour)
	 */
	record Contrast(String ratio, boolean readable) {

		static Contrast of(String colour) {
			double ratio = Branding.contrastWithWhite(colour);
			return new Contrast(String.format(Locale.UK, "%.1f:1", Math.floor(ratio * 10) / 10),
					Branding.whiteTextReadableOn(colour));
		}

	}

	/** A radio button: the value posted and its label. */
	record Option(String value, String label) {
	}

}
