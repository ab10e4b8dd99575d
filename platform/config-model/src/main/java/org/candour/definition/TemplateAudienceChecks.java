package org.candour.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.candour.definition.model.ClockAutomation;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.Effect;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.NotificationTemplate;
import org.candour.definition.model.Transition;
import org.candour.definition.model.WorkflowDefinition;

/**
 * A notification template is written either to residents or to staff, and goes only to
 * them: a staff template is never a resident's acknowledgement or a notify effect to the
 * complainant, a notify effect to staff (assignee, team, managers; in a transition or a
 * clock's onWarn or onBreach) names a staff template, and the templates Candour sends to
 * staff on its own (a case or an action given to someone, reminders, overdue actions,
 * high-risk cases, clock warnings) are staff templates.
 */
final class TemplateAudienceChecks {

	/** The templates Candour sends to staff by these ids. */
	static final Set<String> STAFF_TEMPLATES = Set.of("staff-case-assigned", "staff-action-assigned",
			"staff-action-reminder", "staff-action-overdue", "staff-high-risk-case", "staff-clock-warning");

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
			String key = ReferenceChecks.key(ConfigKind.WORKFLOW, workflow.id());
			List<Transition> transitions = workflow.transitions();
			for (int t = 0; t < transitions.size(); t++) {
				notifications(transitions.get(t).effects(), key, "/spec/transitions/" + t + "/effects/", problems);
			}
			for (int c = 0; c < workflow.clockAutomation().size(); c++) {
				ClockAutomation automation = workflow.clockAutomation().get(c);
				notifications(automation.onWarn(), key, "/spec/clocks/" + c + "/onWarn/", problems);
				notifications(automation.onBreach(), key, "/spec/clocks/" + c + "/onBreach/", problems);
			}
		}
		return problems;
	}

	/**
	 * A notify effect to the complainant needs a template for residents, one to staff
	 * (assignee, team, managers) a staff template.
	 */
	private void notifications(List<Effect> effects, String key, String pointer, List<Problem> problems) {
		for (int e = 0; e < effects.size(); e++) {
			if (!(effects.get(e) instanceof Effect.Notify notify)
					|| this.configuration.notificationTemplate(notify.template()).isEmpty()) {
				continue;
			}
			if (!notify.toStaff() && staff(notify.template())) {
				problems.add(Problem.error("template.audience-mismatch", key, pointer + e + "/template",
						"'" + notify.template() + "' is written to staff and cannot be sent to the complainant"));
			}
			else if (notify.toStaff() && !staff(notify.template())) {
				problems.add(Problem.error("template.audience-mismatch", key, pointer + e + "/template",
						"'" + notify.template() + "' is written to residents; a notify effect to " + notify.to()
								+ " needs a template with \"audience\": \"staff\""));
			}
		}
	}

	private boolean staff(String template) {
		return template != null
				&& this.configuration.notificationTemplate(template).map(NotificationTemplate::forStaff).orElse(false);
	}

}
