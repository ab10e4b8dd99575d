package org.candour.cases;

import java.util.List;

import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.calendar.TenantCalendars;
import org.candour.calendar.WorkingDayCalendar;
import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.FeedbackType;
import org.candour.workflow.Clocks;

import org.springframework.stereotype.Component;

/**
 * Resolves the configuration a case runs on, once per version and feedback type (kept
 * with the compiled version).
 */
@Component
class CaseConfigurations {

	private final ActiveConfigurations configurations;

	private final TenantCalendars calendars;

	CaseConfigurations(ActiveConfigurations configurations, TenantCalendars calendars) {
		this.configurations = configurations;
		this.calendars = calendars;
	}

	/** For a new case: the active version. */
	CaseConfiguration active(String feedbackType) {
		return of(this.configurations.require(), feedbackType);
	}

	/**
	 * For an existing case: the version it is pinned to, with the org structure of the
	 * active version (a structure is the tenant's and dated, so a case logged before a
	 * restructure was published is offered the units of today, not the ones that ended).
	 */
	CaseConfiguration pinned(int version, String feedbackType) {
		CaseConfiguration pinned = of(this.configurations.version(version), feedbackType);
		return current().filter(active -> active.number() != version)
			.map(active -> pinned.withOrgStructure(active.model().orgStructure()))
			.orElse(pinned);
	}

	/** The tenant's active version, when it has one. */
	java.util.Optional<ConfigVersion> current() {
		return this.configurations.current();
	}

	/** The working-day calendar of a version. */
	WorkingDayCalendar calendar(ConfigVersion version) {
		return this.calendars.of(version);
	}

	CaseConfiguration of(ConfigVersion version, String feedbackType) {
		return version.model().view(new Key(feedbackType), model -> resolve(version, feedbackType));
	}

	private CaseConfiguration resolve(ConfigVersion version, String feedbackType) {
		CompiledConfiguration model = version.model();
		FeedbackType type = model.feedbackType(feedbackType)
			.orElseThrow(() -> Refusal.rulesBroken("Unknown feedback type",
					List.of(new ApiError("/feedbackType", "ref.feedback-type-missing",
							"No feedback type '" + feedbackType + "' in configuration version " + version.number()))));
		WorkingDayCalendar calendar = this.calendars.of(version);
		return new CaseConfiguration(version, type, model.form(type.form()).orElseThrow(),
				model.workflow(type.workflow()).orElseThrow(), calendar, new Clocks(calendar), model.orgStructure());
	}

	private record Key(String feedbackType) {
	}

}
