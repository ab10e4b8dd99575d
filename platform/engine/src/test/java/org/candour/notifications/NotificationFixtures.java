package org.candour.notifications;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.candour.support.ConfigFixtures;
import org.candour.support.TestTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tenants for notification tests: the two-stage complaints set whose acknowledgement
 * template is written in English and Welsh and names the due date (of its public stage 1
 * clocks, unless every clock is left internal), and whose {@code acknowledge} action also
 * gives the case to {@value #OFFICER} and notifies the assignee with a staff template;
 * and complaints to log.
 */
final class NotificationFixtures {

	static final String NOTIFY_TEMPLATE_ID = "f33517ff-2a88-4f6e-b855-c550268ce08a";

	/** The officer the acknowledge action gives the case to, and tells by email. */
	static final String OFFICER = "jo.officer";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private NotificationFixtures() {
	}

	/**
	 * A tenant whose acknowledgement is bilingual (and sent through Notify's template).
	 */
	static String bilingualTenant(TestTenants tenants) {
		return bilingualTenant(tenants, true);
	}

	/**
	 * @param publicClocks whether the stage 1 clocks are {@code public} (residents are
	 * told their due dates); otherwise every clock is internal
	 */
	static String bilingualTenant(TestTenants tenants, boolean publicClocks) {
		List<ObjectNode> documents = new ArrayList<>(ConfigFixtures.documents("chc-two-stage"));
		Map<String, Object> spec = new HashMap<>();
		spec.put("channel", "email");
		spec.put("subject", Map.of("en", "We have received your complaint {{reference}}", "cy",
				"Rydym wedi derbyn eich cwyn {{reference}}"));
		spec.put("body",
				Map.of("en", "Thank you for contacting {{tenantName}}.\n\nYour reference is {{reference}}. "
						+ "We will reply by {{dueDate}}.{{data.unknown}}\n\nFollow your complaint: {{trackingLink}}\n"
						+ "About: {{data.summary}}", "cy",
						"Diolch am gysylltu â {{tenantName}}.\n\nEich cyfeirnod yw {{reference}}. "
								+ "Byddwn yn ymateb erbyn {{dueDate}}.\n\nDilynwch eich cwyn: {{trackingLink}}"));
		spec.put("notifyTemplateId", NOTIFY_TEMPLATE_ID);
		spec.put("placeholders", List.of("reference", "tenantName", "dueDate", "trackingLink"));
		replace(documents, JSON.valueToTree(Map.of("kind", "notification-template", "id", "complaint-received", "title",
				"Complaint received", "spec", spec)));
		replace(documents,
				JSON.valueToTree(Map.of("kind", "notification-template", "id", "case-acknowledged", "title",
						"Case acknowledged (staff)", "spec",
						Map.of("audience", "staff", "channel", "email", "subject", "Case {{reference}} is yours",
								"body", "Case {{reference}} was acknowledged and given to you: {{caseLink}}",
								"placeholders", List.of("reference", "caseLink")))));
		ObjectNode workflow = ConfigFixtures.document("chc-two-stage", "workflow", "complaint-stage-1");
		if (publicClocks) {
			for (JsonNode clock : workflow.path("spec").path("clocks")) {
				((ObjectNode) clock).put("public", true)
					.set("publicLabel", JSON.valueToTree(Map.of("en", "Our reply", "cy", "Ein hateb")));
			}
		}
		for (JsonNode transition : workflow.path("spec").path("transitions")) {
			if (transition.path("action").asString().equals("acknowledge")) {
				ArrayNode effects = (ArrayNode) transition.path("effects");
				effects.addObject().put("type", "assign").put("to", "officer").put("value", OFFICER);
				effects.addObject().put("type", "notify").put("template", "case-acknowledged").put("to", "assignee");
			}
		}
		replace(documents, workflow);
		return tenants.withConfiguration("Bilingual acknowledgement", documents);
	}

	/** Puts the document in place of the one of its kind and id, or adds it. */
	private static void replace(List<ObjectNode> documents, ObjectNode document) {
		for (int i = 0; i < documents.size(); i++) {
			if (documents.get(i).path("kind").equals(document.path("kind"))
					&& documents.get(i).path("id").equals(document.path("id"))) {
				documents.set(i, document);
				return;
			}
		}
		documents.add(document);
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
