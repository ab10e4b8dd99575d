package org.candour.admin.types;

import java.util.List;

import org.candour.admin.DraftState;
import org.candour.admin.Welsh;
import org.candour.definition.editing.FormEditor;
import org.candour.definition.model.FeedbackType;

/**
 * The task list of one feedback type, each task's status computed from the draft against
 * the live version and the problems validating the draft finds. The rules:
 * <ul>
 * <li>A task about one document (the type's details, its form, its acknowledgement
 * template, its workflow's timescales) is <b>not started</b> while the type names no such
 * document or the draft has none; <b>in progress</b> while the document has errors or
 * differs from the live version (a change not yet published); <b>completed</b> when it
 * has no errors and is what is live.</li>
 * <li>For a tenant that offers Welsh, the form is also <b>in progress</b> while a text
 * residents see on it has no Welsh (this does not hold back publishing).</li>
 * <li>The templates <b>cannot start yet</b> until the type has a form (they answer from
 * it).</li>
 * <li>Check and publish <b>cannot start yet</b> while another task is not started or
 * cannot start, or one of the type's documents has errors; it is <b>completed</b> when
 * every task is (nothing of the type waits to be published), and <b>not started</b>
 * otherwise (ready to check and publish).</li>
 * </ul>
 */
final class TaskStatuses {

	private TaskStatuses() {
	}

	static List<Task> of(FeedbackType type, DraftState state, TaskLinks links) {
		TaskStatus details = documentStatus(state, "feedback-type", type.id());
		TaskStatus formDocument = documentStatus(state, "form", type.form());
		boolean welshMissing = formDocument != TaskStatus.NOT_STARTED && welshMissing(state, type.form());
		TaskStatus form = welshMissing ? TaskStatus.IN_PROGRESS : formDocument;
		TaskStatus templates = (form == TaskStatus.NOT_STARTED) ? TaskStatus.CANNOT_START
				: documentStatus(state, "notification-template", type.acknowledgementTemplate());
		TaskStatus timescales = documentStatus(state, "workflow", type.workflow());
		List<TaskStatus> before = List.of(details, formDocument, templates, timescales);
		TaskStatus publish;
		if (before.stream().anyMatch(status -> status == TaskStatus.NOT_STARTED || status == TaskStatus.CANNOT_START)
				|| hasErrors(state, type)) {
			publish = TaskStatus.CANNOT_START;
		}
		else if (before.stream().allMatch(status -> status == TaskStatus.COMPLETED)) {
			publish = TaskStatus.COMPLETED;
		}
		else {
			publish = TaskStatus.NOT_STARTED;
		}
		return List.of(
				new Task("details", "Details", "Name, category, who can give it, reference prefix, retention",
						links.details(), details),
				new Task("form", "Form",
						welshMissing
								? "The questions residents and officers answer; some of their texts have no Welsh yet"
								: "The questions residents and officers answer",
						links.form(), form),
				new Task("templates", "Acknowledgement and other templates",
						templates == TaskStatus.CANNOT_START ? "Give the feedback type a form first"
								: "The emails and letters sent about its cases",
						templates == TaskStatus.CANNOT_START ? null : links.templates(), templates),
				new Task("timescales", "Workflow and timescales", "Stages, actions, who may take them, and clocks",
						links.timescales(), timescales),
				new Task("publish", "Check and publish",
						publish == TaskStatus.CANNOT_START ? "Finish the other tasks and fix their errors first"
								: "Check the changes and publish them",
						publish == TaskStatus.CANNOT_START ? null : links.publish(), publish));
	}

	static TaskStatus documentStatus(DraftState state, String kind, String id) {
		if (id == null || state.find(kind, id).isEmpty()) {
			return TaskStatus.NOT_STARTED;
		}
		if (state.hasErrors(kind, id) || state.changed(kind, id)) {
			return TaskStatus.IN_PROGRESS;
		}
		return TaskStatus.COMPLETED;
	}

	/** Whether the tenant offers Welsh and a text residents see on the form has none. */
	private static boolean welshMissing(DraftState state, String formId) {
		if (!Welsh.offeredBy(state.draft())) {
			return false;
		}
		return state.find("form", formId)
			.map(form -> !new FormEditor(state.draft().documents()).missingWelsh(form.content()).isEmpty())
			.orElse(false);
	}

	private static boolean hasErrors(DraftState state, FeedbackType type) {
		return state.hasErrors("feedback-type", type.id())
				|| (type.form() != null && state.hasErrors("form", type.form()))
				|| (type.workflow() != null && state.hasErrors("workflow", type.workflow()))
				|| (type.acknowledgementTemplate() != null
						&& state.hasErrors("notification-template", type.acknowledgementTemplate()));
	}

	/** Where each task is done. */
	record TaskLinks(String details, String form, String templates, String timescales, String publish) {
	}

}
