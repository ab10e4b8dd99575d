package org.candour.cases;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.calendar.TenantCalendars;
import org.candour.calendar.WorkingDayCalendar;
import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;
import org.candour.definition.ConfigDocument;
import org.candour.definition.ConfigKind;
import org.candour.tenancy.TenantContext;
import org.candour.workflow.Clocks;
import org.candour.workflow.WorkflowDefinition;

import org.springframework.stereotype.Component;

/**
 * Resolves the configuration a case runs on; parsed workflows are cached per tenant and
 * version.
 */
@Component
class CaseConfigurations {

	private final ActiveConfigurations configurations;

	private final TenantCalendars calendars;

	private final Map<String, WorkflowDefinition> workflows = new ConcurrentHashMap<>();

	private final Map<String, CaseConfiguration> resolved = new ConcurrentHashMap<>();

	CaseConfigurations(ActiveConfigurations configurations, TenantCalendars calendars) {
		this.configurations = configurations;
		this.calendars = calendars;
	}

	/** For a new case: the active version. */
	CaseConfiguration active(String feedbackType) {
		return of(this.configurations.require(), feedbackType);
	}

	/** For an existing case: the version it is pinned to. */
	CaseConfiguration pinned(int version, String feedbackType) {
		return of(this.configurations.version(version), feedbackType);
	}

	CaseConfiguration of(ConfigVersion version, String feedbackType) {
		// versions are immutable, so what a feedback type runs on is resolved once per
		// version
		String key = TenantContext.require().value() + ":" + version.number() + ":" + feedbackType;
		CaseConfiguration cached = this.resolved.get(key);
		if (cached == null) {
			cached = resolve(version, feedbackType);
			this.resolved.put(key, cached);
		}
		return cached;
	}

	private CaseConfiguration resolve(ConfigVersion version, String feedbackType) {
		ConfigDocument type = version.find(ConfigKind.FEEDBACK_TYPE.id(), feedbackType)
			.orElseThrow(() -> Refusal.rulesBroken("Unknown feedback type",
					List.of(new ApiError("/feedbackType", "ref.feedback-type-missing",
							"No feedback type '" + feedbackType + "' in configuration version " + version.number()))));
		ConfigDocument form = version.find(ConfigKind.FORM.id(), type.spec().path("form").asString()).orElseThrow();
		String workflowId = type.spec().path("workflow").asString();
		WorkflowDefinition workflow = this.workflows.computeIfAbsent(
				TenantContext.require().value() + ":" + version.number() + ":" + workflowId,
				key -> WorkflowDefinition.parse(version.find(ConfigKind.WORKFLOW.id(), workflowId).orElseThrow()));
		WorkingDayCalendar calendar = this.calendars.of(version);
		return new CaseConfiguration(version, type, form, workflow, calendar, new Clocks(calendar),
				new org.candour.definition.ConfigSet(version.documents()).orgUnitIds());
	}

}
