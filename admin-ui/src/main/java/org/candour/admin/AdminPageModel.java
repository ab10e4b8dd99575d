package org.candour.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.Branding;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import tools.jackson.databind.JsonNode;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the administrators' layout needs on every tenant page: the tenant in its branding
 * (the name of its active branding document, the brand colour through the tenant's
 * {@code brand.css}), who is signed in, and whether they may change anything (tenant
 * administrators may; auditors only read); a data protection officer's menu has the
 * privacy pages only.
 */
@ControllerAdvice(basePackages = "org.candour.admin")
class AdminPageModel {

	/** Who may change the draft. */
	static final List<String> EDITORS = List.of(EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN);

	/**
	 * Who reads the whole administration; a data protection officer without one of these
	 * roles is shown the privacy pages only.
	 */
	private static final List<String> ADMINISTRATION = List.of(EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR,
			EndpointRoles.PLATFORM_ADMIN);

	private final TenantManagement tenants;

	private final ActiveConfigurations configurations;

	private final Actors actors;

	AdminPageModel(TenantManagement tenants, ActiveConfigurations configurations, Actors actors) {
		this.tenants = tenants;
		this.configurations = configurations;
		this.actors = actors;
	}

	@ModelAttribute
	void layout(HttpServletRequest request, Model model) {
		TenantContext.current().ifPresent(current -> {
			String tenant = current.value();
			Actors.Actor actor = this.actors.current();
			model.addAttribute("tenant", tenant);
			model.addAttribute("tenantName", name(tenant));
			boolean privacyOnly = actor.hasAnyRole(List.of(EndpointRoles.DATA_PROTECTION))
					&& !actor.hasAnyRole(ADMINISTRATION);
			model.addAttribute("privacyOnly", privacyOnly);
			model.addAttribute("adminUrl",
					privacyOnly ? AdminPaths.home(tenant) + "/subject-access" : AdminPaths.home(tenant));
			model.addAttribute("typesUrl", AdminPaths.types(tenant));
			model.addAttribute("versionsUrl", AdminPaths.versions(tenant));
			model.addAttribute("checkUrl", AdminPaths.check(tenant));
			model.addAttribute("templatesUrl", AdminPaths.templates(tenant));
			model.addAttribute("brandingUrl", AdminPaths.branding(tenant));
			model.addAttribute("codeListsUrl", AdminPaths.codeLists(tenant));
			model.addAttribute("signedIn", actor.name());
			model.addAttribute("canEdit", actor.hasAnyRole(EDITORS));
			model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
		});
	}

	private String name(String tenant) {
		return this.configurations.current()
			.flatMap(version -> version.model().branding())
			.map(Branding::organisationName)
			.map(AdminPageModel::english)
			.orElseGet(() -> this.tenants.find(tenant).map(found -> found.name()).orElse(tenant));
	}

	static String english(JsonNode text) {
		return Texts.english(text, null);
	}

}
