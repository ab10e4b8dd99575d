package org.candour.web.resident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.candour.attachments.UploadPolicies;
import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;
import org.candour.definition.ConfigDocument;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The current tenant's public feedback types and their forms, from its active
 * configuration: only types with {@code public: true} are offered to residents, by their
 * {@code publicTitle} when they have one, with the timescales of their workflow's
 * {@code public} clocks (internal clocks are never shown).
 */
@Component
class ResidentForms {

	private final ActiveConfigurations configurations;

	private final UploadPolicies uploads;

	ResidentForms(ActiveConfigurations configurations, UploadPolicies uploads) {
		this.configurations = configurations;
		this.uploads = uploads;
	}

	List<PublicFeedbackType> publicTypes(Locale locale) {
		Optional<ConfigVersion> version = this.configurations.current();
		if (version.isEmpty()) {
			return List.of();
		}
		return publicTypeDocuments(version.get()).stream()
			.map(type -> new PublicFeedbackType(type.id(), title(type, locale),
					LocalText.of(type.spec().path("summary"), locale), timescales(version.get(), type, locale),
					LocalText.of(type.spec().path("confirmationTitle"), locale)))
			.toList();
	}

	Optional<ResidentForm> form(String typeId, Locale locale) {
		Optional<ConfigVersion> version = this.configurations.current();
		if (version.isEmpty()) {
			return Optional.empty();
		}
		return version.get()
			.find("feedback-type", typeId)
			.filter(type -> type.spec().path("public").asBoolean(false))
			.flatMap(type -> version.get()
				.find("form", type.spec().path("form").asString(""))
				.map(form -> new FormReader(form.spec(), locale, this.uploads).read(typeId, title(type, locale),
						form.spec())));
	}

	/** The form of a public feedback type, else 404. */
	ResidentForm require(String typeId, Locale locale) {
		return form(typeId, locale).orElseThrow(ResidentForms::notFound);
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	Optional<PublicFeedbackType> type(String typeId, Locale locale) {
		return publicTypes(locale).stream().filter(type -> type.id().equals(typeId)).findFirst();
	}

	/** A type's name for residents: its {@code publicTitle}, else its title. */
	private static String title(ConfigDocument type, Locale locale) {
		String title = LocalText.of(type.spec().path("publicTitle"), locale);
		return title != null ? title : LocalText.of(type.title(), locale);
	}

	private static List<ConfigDocument> publicTypeDocuments(ConfigVersion version) {
		return version.documents()
			.stream()
			.filter(doc -> "feedback-type".equals(doc.kind()) && doc.spec().path("public").asBoolean(false))
			.toList();
	}

	private static List<PublicFeedbackType.Timescale> timescales(ConfigVersion version, ConfigDocument type,
			Locale locale) {
		List<PublicFeedbackType.Timescale> timescales = new ArrayList<>();
		version.find("workflow", type.spec().path("workflow").asString("")).ifPresent(workflow -> {
			for (JsonNode clock : workflow.spec().path("clocks")) {
				JsonNode duration = clock.path("duration");
				String label = LocalText.of(clock.path("publicLabel"), locale);
				if (clock.path("public").asBoolean(false) && label != null
						&& "logged".equals(clock.path("startsOn").path("event").asString()) && duration.has("amount")) {
					timescales.add(new PublicFeedbackType.Timescale(label, duration.path("amount").asInt(),
							duration.path("unit").asString("working-days")));
				}
			}
		});
		return timescales;
	}

}
