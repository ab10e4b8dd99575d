package org.candour.web.resident;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.candour.config.ActiveConfigurations;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.candour.web.forms.LocalText;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * The current tenant's branding, from the {@code branding} document of its active
 * configuration (the first by id); a tenant without one gets its name on plain GOV.UK
 * pages, in English only.
 */
@Component
public class TenantBranding {

	private final ActiveConfigurations configurations;

	private final TenantManagement tenants;

	TenantBranding(ActiveConfigurations configurations, TenantManagement tenants) {
		this.configurations = configurations;
		this.tenants = tenants;
	}

	Branding current(Locale locale) {
		return of(this.configurations.current().flatMap(version -> version.model().branding()), locale);
	}

	/**
	 * The current tenant's pages as a configuration's branding document has them (the
	 * active configuration's, or a draft's for its preview); without one, its name on
	 * plain GOV.UK pages.
	 */
	Branding of(Optional<org.candour.definition.model.Branding> spec, Locale locale) {
		return spec.map(branding -> read(branding, locale)).orElseGet(() -> {
			String tenant = TenantContext.require().value();
			return Branding.plain(this.tenants.find(tenant).map(found -> found.name()).orElse(tenant));
		});
	}

	/**
	 * What the branded layout ({@code fragments/layout}) needs on a page outside the
	 * resident journey (sign-in, error pages), in the reader's language, without the
	 * language toggle; empty for an unknown tenant. A suspended tenant shows only its
	 * name.
	 */
	public Optional<Map<String, Object>> layout(String tenantId, Locale locale, String currentPath) {
		return this.tenants.find(tenantId).map(tenant -> {
			Branding branding = tenant.suspended() ? Branding.plain(tenant.name())
					: TenantContext.callAs(tenant.asCurrent(), () -> current(locale));
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("tenant", tenant.id());
			model.put("branding", branding);
			model.put("tenantName", branding.organisationName());
			model.put("startUrl", "/t/" + tenant.id() + "/feedback");
			model.put("offersWelsh", false);
			model.put("currentPath", currentPath);
			return model;
		});
	}

	private static Branding read(org.candour.definition.model.Branding spec, Locale locale) {
		String colour = (spec.colour() != null) ? spec.colour() : Branding.DEFAULT_COLOUR;
		String alt = LocalText.of(spec.logoAlt(), locale);
		return new Branding(LocalText.of(spec.organisationName(), locale), colour, Branding.whiteTextReadableOn(colour),
				spec.logoUrl(), alt == null ? "" : alt, spec.welsh(), spec.privacyNoticeUrl(),
				spec.accessibilityStatementUrl(), spec.contactUrl(), LocalText.of(spec.startPageIntro(), locale));
	}

}
