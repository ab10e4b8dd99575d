package org.candour.web.resident;

import java.util.Locale;
import java.util.Optional;

import org.candour.config.ActiveConfigurations;
import org.candour.definition.ConfigDocument;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * The current tenant's branding, from the {@code branding} document of its active
 * configuration (the first by id); a tenant without one gets its name on plain GOV.UK
 * pages, in English only.
 */
@Component
class TenantBranding {

	private final ActiveConfigurations configurations;

	private final TenantManagement tenants;

	TenantBranding(ActiveConfigurations configurations, TenantManagement tenants) {
		this.configurations = configurations;
		this.tenants = tenants;
	}

	Branding current(Locale locale) {
		return document().map(branding -> read(branding.spec(), locale)).orElseGet(() -> {
			String tenant = TenantContext.require().value();
			return Branding.plain(this.tenants.find(tenant).map(found -> found.name()).orElse(tenant));
		});
	}

	private Optional<ConfigDocument> document() {
		return this.configurations.current()
			.flatMap(version -> version.documents()
				.stream()
				.filter(document -> "branding".equals(document.kind()))
				.min(java.util.Comparator.comparing(ConfigDocument::id)));
	}

	private static Branding read(JsonNode spec, Locale locale) {
		String colour = spec.path("colour").asString(Branding.DEFAULT_COLOUR);
		String alt = LocalText.of(spec.path("logoAlt"), locale);
		return new Branding(LocalText.of(spec.path("organisationName"), locale), colour,
				Branding.whiteTextReadableOn(colour), text(spec, "logoUrl"), alt == null ? "" : alt,
				spec.path("welsh").asBoolean(false), text(spec, "privacyNoticeUrl"),
				text(spec, "accessibilityStatementUrl"), text(spec, "contactUrl"));
	}

	private static String text(JsonNode spec, String field) {
		return spec.path(field).asString(null);
	}

}
