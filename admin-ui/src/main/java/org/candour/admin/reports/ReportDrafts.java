package org.candour.admin.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.candour.admin.PageProblem;
import org.candour.api.Refusal;
import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.config.DraftSet;
import org.candour.definition.CheckedConfiguration;
import org.candour.definition.ConfigDocument;
import org.candour.definition.Problem;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The draft's report documents, read and saved. A save is checked first as the draft
 * would be with it (so a grouping on a field its source does not have, or a condition a
 * report cannot count, is refused at once with the store's report.* problems, each put on
 * the editor's field its pointer names), then written only if the report is unchanged
 * since the page read it.
 */
@Component
class ReportDrafts {

	static final String KIND = "report";

	private final DraftManagement drafts;

	ReportDrafts(DraftManagement drafts) {
		this.drafts = drafts;
	}

	DraftSet draft() {
		return this.drafts.draft();
	}

	CheckedConfiguration check(DraftSet draft) {
		return this.drafts.check(draft);
	}

	static ConfigDocument require(DraftSet draft, String id) {
		return draft.find(KIND, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static List<ConfigDocument> reports(DraftSet draft) {
		return draft.documents().stream().filter(document -> document.kind().equals(KIND)).toList();
	}

	/**
	 * Saves the report.
	 * @param fields the page's field for a pointer into the document (the first field of
	 * the page when it names none)
	 * @return the problems that refused it, on the page's fields; empty when saved
	 * @throws Refusal when the report changed since the page read it (stale)
	 */
	List<PageProblem> save(String id, ObjectNode content, String hash, Function<String, String> fields) {
		DraftSet draft = draft();
		List<ConfigDocument> documents = new ArrayList<>(draft.documents());
		documents.removeIf(document -> document.kind().equals(KIND) && document.id().equals(id));
		documents.add(ConfigDocument.of(content));
		List<Problem> problems = this.drafts.check(new DraftSet(draft.revision(), documents))
			.report()
			.errors()
			.stream()
			.filter(problem -> (KIND + "/" + id).equals(problem.document()) || id.equals(problem.document()))
			.toList();
		if (!problems.isEmpty()) {
			Map<String, PageProblem> byField = new LinkedHashMap<>();
			problems.forEach(problem -> byField.putIfAbsent(fields.apply(problem.pointer()),
					new PageProblem(fields.apply(problem.pointer()), problem.message())));
			return List.copyOf(byField.values());
		}
		this.drafts.put(new DraftDocument(KIND, id, content), hash);
		return List.of();
	}

}
