package org.candour.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.Effect;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.NotificationTemplate;
import org.candour.definition.model.Transition;
import org.candour.definition.model.WorkflowDefinition;

/**
 * A notification template is written either to residents or to staff, and goes only to
 * them: a staff template is never a resident's acknowledgement or a notify effect to the
 * complainant, and the templates Candour sends to staff on its own (a case or an action
 * given to someone, reminders, overdue actions, high-risk cases) are staff templates.
 */
final class TemplateAudienceChecks {

	/** The templates Candour sends to staff by these ids. */
	static final Set<String> STAFF_TEMPLATES = Set.of("staff-case-assigned", "staff-action-assigned",
			"staff-action-reminder", "staff-action-overdue", "staff-high-risk-case");

	private final CompiledConfiguration configuration;

	TemplateAudienceChecks(CompiledConfiguration configuration) {
		this.configuration = configuration;
	}

	List<Problem> check() {
		List<Problem> problems = new ArrayList<>();
		this.configuration.notificationTemplates().values().forEach(template -> {
			if (STAFF_TEMPLATES.contains(template.id()) && !template.forStaff()) {
				problems.add(Problem.error("template.audience-mismatch",
						ReferenceChecks.key(ConfigKind.NOTIFICATION_TEMPLATE, template.id()), "/spec/audience",
						"Candour sends '" + template.id() + "' to staff: give it \"audience\": \"staff\""));
			}
		});
		for (FeedbackType type : this.configuration.feedbackTypes().values()) {
			if (staff(type.acknowledgementTemplate())) {
				problems.add(Problem.error("template.audience-mismatch",
						ReferenceChecks.key(ConfigKind.FEEDBACK_TYPE, type.id()), "/spec/acknowledgementTemplate",
						"'" + type.acknowledgementTemplate()
								+ "' is written to staff; a resident's acknowledgement needs a template for residents"));
			}
		}
		for (WorkflowDefinition workflow : this.configuration.workflows().values()) {
			List<Transition> transitions = workflow.transitions();
			for (int t = 0; t < transitions.size(); t++) {
				List<Effect> effects = transitions.get(t).effects();
				for (int e = 0; e < effects.size(); e++) {
					if (effects.get(e) instanceof Effect.Notify notify && "complainant".equals(notify.to())
							&& staff(notify.template())) {
						problems.add(Problem.error("template.audience-mismatch",
								ReferenceChecks.key(ConfigKind.WORKFLOW, workflow.id()),
								"/spec/transitions/" + t + "/effects/" + e + "/template", "'" + notify.template()
										+ "' is written to staff and cannot be sent to the complainant"));
					}
				}
			}
		}
		return problems;
	}

	private boolean staff(String template) {
		return template != null
				&& this.configuration.notificationTemplate(template).map(NotificationTemplate::forStaff).orElse(false);
	}

}
