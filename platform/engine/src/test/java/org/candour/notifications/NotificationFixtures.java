package org.candour.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.candour.support.Api;
import org.candour.support.ConfigFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tenants for notification tests: the two-stage complaints set whose acknowledgement
 * template is written in English and Welsh and names the due date, and whose
 * {@code acknowledge} action also notifies the assignee; and complaints to log.
 */
final class NotificationFixtures {

	static final String NOTIFY_TEMPLATE_ID = "f33517ff-2a88-4f6e-b855-c550268ce08a";

	private NotificationFixtures() {
	}

	/**
	 * A tenant whose acknowledgement is bilingual (and sent through Notify's template).
	 */
	static String bilingualTenant(Api api) {
		String tenant = api.newTenant("pooled");
		ConfigFixtures.draft(api, tenant, "chc-two-stage");
		Map<String, Object> spec = new HashMap<>();
		spec.put("channel", "email");
		spec.put("subject", Map.of("en", "We have received your complaint {{reference}}", "cy",
				"Rydym wedi derbyn eich cwyn {{reference}}"));
		spec.put("body",
				Map.of("en", "Thank you for contacting {{tenantName}}.\n\nYour reference is {{reference}}. "
						+ "We will reply by {{dueDate}}.{{unknown}}\n\nFollow your complaint: {{trackingLink}}\n"
						+ "About: {{data.summary}}", "cy",
						"Diolch am gysylltu â {{tenantName}}.\n\nEich cyfeirnod yw {{reference}}. "
								+ "Byddwn yn ymateb erbyn {{dueDate}}.\n\nDilynwch eich cwyn: {{trackingLink}}"));
		spec.put("notifyTemplateId", NOTIFY_TEMPLATE_ID);
		spec.put("placeholders", List.of("reference", "tenantName", "dueDate", "trackingLink"));
		Api.Response saved = api
			.put("/api/tenants/" + tenant + "/config/draft/notification-template/complaint-received", Map.of("kind",
					"notification-template", "id", "complaint-received", "title", "Complaint received", "spec", spec));
		if (saved.status() != 200) {
			throw new IllegalStateException("Draft refused: " + saved.body());
		}
		ObjectNode workflow = ConfigFixtures.document("chc-two-stage", "workflow", "complaint-stage-1");
		for (JsonNode transition : workflow.path("spec").path("transitions")) {
			if (transition.path("action").asString().equals("acknowledge")) {
				((ArrayNode) transition.path("effects")).addObject()
					.put("type", "notify")
					.put("template", "complaint-acknowledgement")
					.put("to", "assignee");
			}
		}
		Api.Response workflowSaved = api.put("/api/tenants/" + tenant + "/config/draft/workflow/complaint-stage-1",
				workflow);
		if (workflowSaved.status() != 200) {
			throw new IllegalStateException("Draft refused: " + workflowSaved.body());
		}
		Api.Response published = api.post("/api/tenants/" + tenant + "/config/publish",
				Map.of("comment", "Bilingual acknowledgement"));
		if (published.status() != 201) {
			throw new IllegalStateException("Publish refused: " + published.body());
		}
		return tenant;
	}

	static Map<String, Object> complaint(String email) {
		return Map.of("feedbackType", "complaint-stage-1", "channel", "web", "data",
				Map.of("name", "Alex Smith", "email", email, "service", "highways", "summary",
						"Pothole reported three times", "details", "The pothole outside number 12 is still there."));
	}

	static Map<String, Object> welsh(Map<String, Object> complaint) {
		Map<String, Object> welsh = new HashMap<>(complaint);
		welsh.put("language", "cy");
		return welsh;
	}

}
