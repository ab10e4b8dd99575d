package org.candour.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.candour.config.DocumentDiff;
import org.candour.config.DraftSet;
import org.candour.definition.ConfigDocument;
import org.candour.definition.Problem;

/**
 * The current tenant's draft against its live version: what changed (per document) and
 * what validating the draft finds.
 *
 * @param draft the draft as stored (what was written)
 * @param liveNumber the active version's number, 0 when nothing is published
 * @param live the active version's documents (canonical)
 * @param canonical the draft's documents as publishing would store them
 * @param changes per document: added, removed or changed since the live version
 * @param errors what must be fixed before publishing
 * @param warnings what is worth a look but does not hold back publishing
 */
public record DraftState(DraftSet draft, int liveNumber, List<ConfigDocument> live, List<ConfigDocument> canonical,
		List<DocumentDiff.Change> changes, List<Problem> errors, List<Problem> warnings) {

	public DraftState(DraftSet draft, int liveNumber, List<ConfigDocument> live, List<ConfigDocument> canonical,
			List<DocumentDiff.Change> changes, List<Problem> errors) {
		this(draft, liveNumber, live, canonical, changes, errors, List.of());
	}

	/** "12 changes since version 7, 2 errors", in words. */
	public String inWords() {
		String changed = count(this.changes.size(), "change", "changes");
		String since = this.liveNumber == 0 ? changed + " (nothing is published yet)"
				: (this.changes.isEmpty() ? "No changes" : changed) + " since version " + this.liveNumber;
		return since + ", " + (this.errors.isEmpty() ? "no errors" : count(this.errors.size(), "error", "errors"));
	}

	public boolean changed(String kind, String id) {
		return this.changes.stream().anyMatch(change -> change.document().equals(kind + "/" + id));
	}

	public boolean hasErrors(String kind, String id) {
		return !errorsOf(kind, id).isEmpty();
	}

	public List<Problem> errorsOf(String kind, String id) {
		String key = kind + "/" + id;
		return this.errors.stream().filter(problem -> key.equals(problem.document())).toList();
	}

	public List<Problem> warningsOf(String kind, String id) {
		String key = kind + "/" + id;
		return this.warnings.stream().filter(problem -> key.equals(problem.document())).toList();
	}

	public Optional<ConfigDocument> find(String kind, String id) {
		return this.draft.find(kind, id);
	}

	public List<ConfigDocument> ofKind(String kind) {
		return this.draft.documents().stream().filter(document -> document.kind().equals(kind)).toList();
	}

	/** The documents with errors, by key. */
	public Map<String, List<Problem>> errorsByDocument() {
		return this.errors.stream()
			.collect(Collectors.groupingBy(Problem::document, java.util.TreeMap::new, Collectors.toList()));
	}

	public Set<String> ids(String kind) {
		return ofKind(kind).stream().map(ConfigDocument::id).collect(Collectors.toSet());
	}

	static String count(int count, String one, String many) {
		return count + " " + (count == 1 ? one : many);
	}

}
