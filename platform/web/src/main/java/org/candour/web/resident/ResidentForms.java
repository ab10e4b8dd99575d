package org.candour.web.resident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.candour.attachments.UploadPolicies;
import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;
import org.candour.definition.model.ClockDefinition;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.FeedbackType;
import org.candour.web.forms.FormPages;
import org.candour.web.forms.FormReader;
import org.candour.web.forms.LocalText;
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
		CompiledConfiguration model = version.get().model();
		return model.feedbackTypes()
			.values()
			.stream()
			.filter(ResidentForms::offered)
			.map(type -> new PublicFeedbackType(type.id(), title(type, locale), LocalText.of(type.summary(), locale),
					timescales(model, type, locale), LocalText.of(type.confirmationTitle(), locale)))
			.toList();
	}

	Optional<FormPages> form(String typeId, Locale locale) {
		Optional<ConfigVersion> version = this.configurations.current();
		if (version.isEmpty()) {
			return Optional.empty();
		}
		CompiledConfiguration model = version.get().model();
		return model.feedbackType(typeId)
			.filter(ResidentForms::offered)
			.flatMap(type -> model.form(type.form())
				.map(form -> model.view(new PagesKey(typeId, LocalText.supported(locale)),
						unused -> new FormReader(form, locale, this.uploads).read(typeId, title(type, locale)))));
	}

	/** The form of a public feedback type, else 404. */
	FormPages require(String typeId, Locale locale) {
		return form(typeId, locale).orElseThrow(ResidentForms::notFound);
	}

	/** Public and not retired: what residents are offered. */
	static boolean offered(FeedbackType type) {
		return type.isPublic() && !type.retired();
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	Optional<PublicFeedbackType> type(String typeId, Locale locale) {
		return publicTypes(locale).stream().filter(type -> type.id().equals(typeId)).findFirst();
	}

	/** A type's name for residents: its {@code publicTitle}, else its title. */
	static String title(FeedbackType type, Locale locale) {
		String title = LocalText.of(type.publicTitle(), locale);
		return title != null ? title : LocalText.of(type.title(), locale);
	}

	private static List<PublicFeedbackType.Timescale> timescales(CompiledConfiguration model, FeedbackType type,
			Locale locale) {
		List<PublicFeedbackType.Timescale> timescales = new ArrayList<>();
		model.workflow(type.workflow()).ifPresent(workflow -> {
			for (ClockDefinition clock : workflow.clocks().values()) {
				String label = clock.shownToResidents() ? LocalText.of(clock.publicLabel(), locale) : null;
				if (label != null && "logged".equals(clock.startsOn())) {
					timescales.add(new PublicFeedbackType.Timescale(label, clock.duration().amount(),
							clock.duration().unit().id()));
				}
			}
		});
		return timescales;
	}

	/** A form's pages in one language, kept with the configuration version. */
	private record PagesKey(String feedbackType, Locale locale) {
	}

}
