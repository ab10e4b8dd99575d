package org.candour.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.candour.definition.CanonicalJson;
import org.candour.definition.ConfigDocument;

/**
 * A tenant's draft configuration: every document being prepared for the next version,
 * stored as one MongoDB document so that each change to it is one conditional write.
 *
 * @param revision optimistic-concurrency revision of the stored draft (0 when none is
 * stored)
 * @param documents the draft documents, ordered by kind then id
 */
public record DraftSet(long revision, List<ConfigDocument> documents) {

	private static final Comparator<ConfigDocument> ORDER = Comparator.comparing(ConfigDocument::kind)
		.thenComparing(ConfigDocument::id);

	public DraftSet {
		documents = documents.stream().sorted(ORDER).toList();
	}

	public Optional<ConfigDocument> find(String kind, String id) {
		return this.documents.stream().filter(doc -> doc.kind().equals(kind) && doc.id().equals(id)).findFirst();
	}

	/**
	 * The content hash of one document of the draft (SHA-256 of its canonical JSON), as
	 * an edit page carries it to detect a change made meanwhile; {@link #ABSENT} when the
	 * draft has no such document.
	 */
	public String hashOf(String kind, String id) {
		return find(kind, id).map(DraftSet::hash).orElse(ABSENT);
	}

	/** The hash of a document the draft does not have. */
	public static final String ABSENT = "";

	static String hash(ConfigDocument document) {
		return CanonicalJson.sha256(document.content());
	}

	DraftSet with(ConfigDocument document) {
		List<ConfigDocument> changed = new ArrayList<>(without(document.kind(), document.id()).documents);
		changed.add(document);
		return new DraftSet(this.revision, changed);
	}

	DraftSet without(String kind, String id) {
		return new DraftSet(this.revision,
				this.documents.stream().filter(doc -> !(doc.kind().equals(kind) && doc.id().equals(id))).toList());
	}

}
