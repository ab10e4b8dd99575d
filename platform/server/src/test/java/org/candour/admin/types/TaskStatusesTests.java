package org.candour.admin.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.candour.admin.DraftState;
import org.candour.config.DocumentDiff;
import org.candour.config.DraftSet;
import org.candour.definition.ConfigDocument;
import org.candour.definition.Problem;
import org.candour.definition.model.FeedbackType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The statuses of a feedback type's task list, rule by rule. */
class TaskStatusesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ConfigDocument TYPE = document("""
			{"kind": "feedback-type", "id": "compliment", "title": "Compliment",
			 "spec": {"category": "compliment", "form": "compliment-form", "workflow": "compliment",
			          "acknowledgementTemplate": "compliment-received"}}""");

	private static final ConfigDocument FORM = document("""
			{"kind": "form", "id": "compliment-form", "title": "Compliment form", "spec": {}}""");

	private static final ConfigDocument WORKFLOW = document("""
			{"kind": "workflow", "id": "compliment", "title": "Compliment", "spec": {}}""");

	private static final ConfigDocument TEMPLATE = document("""
			{"kind": "notification-template", "id": "compliment-received", "title": "Received", "spec": {}}""");

	private static final TaskStatuses.TaskLinks LINKS = new TaskStatuses.TaskLinks("/details", "/form", "/templates",
			"/workflow", "/check");

	@Test
	void everythingLiveAndValidIsCompleted() {
		Map<String, TaskStatus> statuses = statuses(List.of(TYPE, FORM, WORKFLOW, TEMPLATE), List.of(), List.of());
		assertThat(statuses).containsEntry("details", TaskStatus.COMPLETED)
			.containsEntry("form", TaskStatus.COMPLETED)
			.containsEntry("templates", TaskStatus.COMPLETED)
			.containsEntry("timescales", TaskStatus.COMPLETED)
			.containsEntry("publish", TaskStatus.COMPLETED);
	}

	@Test
	void aDocumentChangedSinceTheLiveVersionIsInProgressAndThenReadyToPublish() {
		Map<String, TaskStatus> statuses = statuses(List.of(TYPE, FORM, WORKFLOW, TEMPLATE),
				List.of(new DocumentDiff.Change("feedback-type/compliment", "changed", null)), List.of());
		assertThat(statuses).containsEntry("details", TaskStatus.IN_PROGRESS)
			.containsEntry("form", TaskStatus.COMPLETED)
			.containsEntry("publish", TaskStatus.NOT_STARTED);
	}

	@Test
	void aDocumentWithProblemsIsInProgressAndCannotBePublished() {
		Map<String, TaskStatus> statuses = statuses(List.of(TYPE, FORM, WORKFLOW, TEMPLATE), List.of(),
				List.of(Problem.error("ref.org-unit-missing", "form/compliment-form", "/spec", "No such unit")));
		assertThat(statuses).containsEntry("form", TaskStatus.IN_PROGRESS)
			.containsEntry("details", TaskStatus.COMPLETED)
			.containsEntry("publish", TaskStatus.CANNOT_START);
	}

	@Test
	void withoutAFormTheFormIsNotStartedAndTheTemplatesCannotStartYet() {
		Map<String, TaskStatus> statuses = statuses(List.of(TYPE, WORKFLOW, TEMPLATE), List.of(), List.of());
		assertThat(statuses).containsEntry("form", TaskStatus.NOT_STARTED)
			.containsEntry("templates", TaskStatus.CANNOT_START)
			.containsEntry("publish", TaskStatus.CANNOT_START);
		Task templates = tasks(List.of(TYPE, WORKFLOW, TEMPLATE), List.of(), List.of()).get(2);
		assertThat(templates.href()).as("nowhere to go yet").isNull();
	}

	@Test
	void aTypeWithoutAnAcknowledgementTemplateHasNotStartedItsTemplates() {
		ConfigDocument withoutTemplate = document("""
				{"kind": "feedback-type", "id": "compliment", "title": "Compliment",
				 "spec": {"category": "compliment", "form": "compliment-form", "workflow": "compliment"}}""");
		Map<String, TaskStatus> statuses = statuses(List.of(withoutTemplate, FORM, WORKFLOW), List.of(), List.of());
		assertThat(statuses).containsEntry("templates", TaskStatus.NOT_STARTED)
			.containsEntry("publish", TaskStatus.CANNOT_START);
	}

	@Test
	void forATenantOfferingWelshAFormWithTextsWithoutWelshIsInProgressYetNeedsNoPublishing() {
		ConfigDocument welsh = document("""
				{"kind": "branding", "id": "public-pages", "title": "Public pages",
				 "spec": {"organisationName": "Cyngor", "welsh": true}}""");
		List<Task> tasks = tasks(List.of(TYPE, FORM, WORKFLOW, TEMPLATE, welsh), List.of(), List.of());
		assertThat(tasks.get(1).status()).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(tasks.get(1).hint()).contains("some of their texts have no Welsh yet");
		assertThat(tasks.get(4).status()).as("nothing waits to be published").isEqualTo(TaskStatus.COMPLETED);

		ConfigDocument translated = document(
				"""
						{"kind": "form", "id": "compliment-form", "title": {"en": "Compliment form", "cy": "Ffurflen canmoliaeth"},
						 "spec": {}}""");
		assertThat(statuses(List.of(TYPE, translated, WORKFLOW, TEMPLATE, welsh), List.of(), List.of()))
			.containsEntry("form", TaskStatus.COMPLETED);
		assertThat(statuses(List.of(TYPE, FORM, WORKFLOW, TEMPLATE), List.of(), List.of())).as("a tenant without Welsh")
			.containsEntry("form", TaskStatus.COMPLETED);
	}

	private static Map<String, TaskStatus> statuses(List<ConfigDocument> draft, List<DocumentDiff.Change> changes,
			List<Problem> errors) {
		return tasks(draft, changes, errors).stream()
			.collect(Collectors.toMap(Task::id, Task::status, (a, b) -> a, java.util.LinkedHashMap::new));
	}

	private static List<Task> tasks(List<ConfigDocument> draft, List<DocumentDiff.Change> changes,
			List<Problem> errors) {
		DraftState state = new DraftState(new DraftSet(1, new ArrayList<>(draft)), 1, draft, draft, changes, errors);
		FeedbackType type = FeedbackType.read(draft.get(0));
		return TaskStatuses.of(type, state, LINKS);
	}

	private static ConfigDocument document(String json) {
		return ConfigDocument.of(JSON.readTree(json));
	}

}
