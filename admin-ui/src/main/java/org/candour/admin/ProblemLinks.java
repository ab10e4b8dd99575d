package org.candour.admin;

import java.util.List;
import java.util.Map;

import org.candour.definition.ConfigDocument;
import org.candour.definition.Problem;
import org.candour.definition.model.FeedbackType;

/**
 * The problems of a draft as the check page lists them: the message, the document it is
 * in (by its kind and title, never as JSON), and a link to the page that fixes it where
 * one exists (a feedback type's details, at the field; its task list for its form or
 * workflow; for a form, the form builder, at the question's condition page for a
 * condition's problem).
 */
public final class ProblemLinks {

	private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("feedback-type", "Feedback type"),
			Map.entry("form", "Form"), Map.entry("workflow", "Workflow"),
			Map.entry("notification-template", "Notification template"),
			Map.entry("org-structure", "Organisation structure"), Map.entry("calendar", "Calendar"),
			Map.entry("code-list", "Code list"), Map.entry("branding", "Branding"), Map.entry("report", "Report"),
			Map.entry("role", "Role"), Map.entry("rule", "Rule"), Map.entry("fieldset", "Question group"),
			Map.entry("transition-template", "Action template"), Map.entry("role-set", "Role set"),
			Map.entry("service-standard", "Service standard"), Map.entry("qa-policy", "Quality assurance policy"));

	private ProblemLinks() {
	}

	/** A kind of document in words, e.g. "Feedback type". */
	public static String kind(String kind) {
		return KINDS.getOrDefault(kind, kind);
	}

	public static List<ProblemLink> of(DraftState state, String tenant) {
		return state.errors().stream().map(problem -> link(problem, state, tenant)).toList();
	}

	private static ProblemLink link(Problem problem, DraftState state, String tenant) {
		String document = problem.document() == null ? "" : problem.document();
		String[] kindAndId = document.split("/", 2);
		if (kindAndId.length < 2) {
			return new ProblemLink(problem.message(), "The whole configuration", null);
		}
		String kind = kindAndId[0];
		String id = kindAndId[1];
		String title = state.find(kind, id).map(ConfigDocument::title).map(text -> Texts.english(text, id)).orElse(id);
		String label = KINDS.getOrDefault(kind, kind) + " ‘" + title + "’";
		String href = null;
		if (kind.equals("feedback-type") && state.find(kind, id).isPresent()) {
			String field = DetailsFieldNames.field(problem.pointer());
			// the form and workflow are chosen when a type is created, and edited on
			// their own pages
			href = (field.equals("form") || field.equals("workflow")) ? AdminPaths.type(tenant, id)
					: AdminPaths.type(tenant, id) + "/details#" + field;
		}
		if (kind.equals("form")) {
			href = formLink(problem, state, tenant, id);
		}
		return new ProblemLink(problem.message(), label, href);
	}

	/**
	 * The form builder page of the first feedback type using the form: a condition's
	 * problem links to the question's condition page, any other to the form.
	 */
	private static String formLink(Problem problem, DraftState state, String tenant, String formId) {
		String typeId = state.ofKind("feedback-type")
			.stream()
			.filter(type -> uses(type, formId))
			.map(ConfigDocument::id)
			.sorted()
			.findFirst()
			.orElse(null);
		if (typeId == null) {
			return null;
		}
		String form = AdminPaths.type(tenant, typeId) + "/form";
		String pointer = (problem.pointer() == null) ? "" : problem.pointer();
		int rule = pointer.indexOf("/rule/");
		if (rule > 0 && pointer.startsWith("/spec/uiSchema")) {
			String scope = state.find("form", formId)
				.map(document -> document.content().at(pointer.substring(0, rule) + "/scope").asString(""))
				.orElse("");
			if (scope.matches("#/properties/[^/]+")) {
				return form + "/questions/" + scope.substring("#/properties/".length()) + "/condition";
			}
		}
		return form;
	}

	private static boolean uses(ConfigDocument type, String formId) {
		try {
			return formId.equals(FeedbackType.read(type).form());
		}
		catch (RuntimeException unreadable) {
			return false;
		}
	}

	/**
	 * @param message what is wrong, in plain words
	 * @param document the document it is in
	 * @param href where to fix it; {@code null} when no page edits it yet
	 */
	public record ProblemLink(String message, String document, String href) {
	}

}
