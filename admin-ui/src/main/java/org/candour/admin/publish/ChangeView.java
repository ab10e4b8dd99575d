package org.candour.admin.publish;

import java.util.List;

import org.candour.admin.DraftState;
import org.candour.admin.ProblemLinks;
import org.candour.admin.Texts;
import org.candour.definition.ConfigDocument;
import org.candour.definition.editing.ChangeWording;
import org.candour.definition.editing.DocumentChanges;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One document's changes as the check page shows them: its kind and title, what happened
 * to it, the changes in words and, under "Details", the JSON Patch for those who read it.
 *
 * @param kind the kind in words, e.g. "Feedback type"
 * @param title the document's title
 * @param change added, removed or changed
 * @param sentences the changes in words
 * @param patch the RFC 6902 patch, indented
 */
record ChangeView(String kind, String title, String change, List<String> sentences, String patch) {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/** The draft's changes against the live version, both in their canonical form. */
	static List<ChangeView> of(DraftState state) {
		return ChangeWording.between(state.live(), state.canonical())
			.stream()
			.map(changes -> of(changes, state))
			.toList();
	}

	private static ChangeView of(DocumentChanges changes, DraftState state) {
		String kind = changes.document().substring(0, changes.document().indexOf('/'));
		String id = changes.document().substring(changes.document().indexOf('/') + 1);
		String title = find(state.canonical(), kind, id).or(() -> find(state.live(), kind, id))
			.map(document -> Texts.english(document.title(), id))
			.orElse(id);
		return new ChangeView(ProblemLinks.kind(kind), title, changes.change(), changes.sentences(),
				changes.patch() == null ? null : JSON.writeValueAsString(changes.patch()));
	}

	private static java.util.Optional<ConfigDocument> find(List<ConfigDocument> documents, String kind, String id) {
		return documents.stream()
			.filter(document -> document.kind().equals(kind) && document.id().equals(id))
			.findFirst();
	}

}
