package org.candour.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.definition.CheckedConfiguration;
import org.candour.definition.ConfigDocument;
import org.candour.definition.ConfigSetValidator;
import org.candour.definition.DocumentValidator;
import org.candour.definition.Problem;
import org.candour.definition.Schemas;
import org.candour.definition.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;

/**
 * The current tenant's draft configuration: edit one document at a time, validate the
 * whole set.
 */
@Service
public class DraftManagement {

	private final Drafts drafts;

	private final DocumentValidator documents;

	private final ConfigSetValidator sets;

	private final Actors actors;

	DraftManagement(Drafts drafts, Schemas schemas, Actors actors) {
		this.drafts = drafts;
		this.documents = new DocumentValidator(schemas);
		this.sets = new ConfigSetValidator(schemas);
		this.actors = actors;
	}

	public DraftSet draft() {
		return this.drafts.load();
	}

	public ConfigDocument get(String kind, String id) {
		return draft().find(kind, id).orElseThrow(() -> Refusal.notFound("No draft " + kind + " with id '" + id + "'"));
	}

	/**
	 * Creates or replaces one document; an invalid document is refused and nothing is
	 * stored.
	 */
	public ConfigDocument put(DraftDocument command) {
		List<Problem> problems = this.documents.validate(command.content(), command.kind(), command.id());
		if (!problems.isEmpty()) {
			throw refused("The " + command.kind() + " '" + command.id() + "' is not valid", problems);
		}
		ConfigDocument document = ConfigDocument.of(command.content());
		this.drafts.change(draft -> draft.with(document), this.actors.current().name());
		return document;
	}

	/**
	 * Creates or replaces documents at once, only if each document named in
	 * {@code expectedHashes} ({@code kind/id} to {@link DraftSet#hashOf its hash}, or
	 * {@link DraftSet#ABSENT} for one that must not exist yet) is still as the caller
	 * last read it: the check and the write are one conditional write of the draft.
	 * Refused as stale ({@code draft.document-changed}, naming the document) when one
	 * changed meanwhile; invalid documents are refused as by {@link #put(DraftDocument)};
	 * either way nothing is stored.
	 */
	public List<ConfigDocument> put(List<DraftDocument> commands, Map<String, String> expectedHashes) {
		List<ConfigDocument> documents = new ArrayList<>();
		for (DraftDocument command : commands) {
			List<Problem> problems = this.documents.validate(command.content(), command.kind(), command.id());
			if (!problems.isEmpty()) {
				throw refused("The " + command.kind() + " '" + command.id() + "' is not valid", problems);
			}
			documents.add(ConfigDocument.of(command.content()));
		}
		this.drafts.change(draft -> {
			expectedHashes.forEach((key, expected) -> {
				String[] kindAndId = key.split("/", 2);
				if (!draft.hashOf(kindAndId[0], kindAndId[1]).equals(expected)) {
					throw Refusal.stale("The " + kindAndId[0] + " '" + kindAndId[1] + "' was changed by someone else",
							Map.of("code", "draft.document-changed", "document", key));
				}
			});
			DraftSet changed = draft;
			for (ConfigDocument document : documents) {
				changed = changed.with(document);
			}
			return changed;
		}, this.actors.current().name());
		return documents;
	}

	/**
	 * One document, only if it is still as the caller read it: see
	 * {@link #put(List, Map)}.
	 */
	public ConfigDocument put(DraftDocument command, String expectedHash) {
		return put(List.of(command), Map.of(command.kind() + "/" + command.id(), expectedHash)).get(0);
	}

	public void delete(String kind, String id) {
		get(kind, id);
		this.drafts.change(draft -> draft.without(kind, id), this.actors.current().name());
	}

	/** Replaces the whole draft at once (a rollback, a pack deployment). */
	public void replaceAll(List<ConfigDocument> documents) {
		this.drafts.change(draft -> new DraftSet(draft.revision(), documents), this.actors.current().name());
	}

	/**
	 * Replaces the whole draft at once, only if it is still at {@code expectedRevision}
	 * (the {@link DraftSet#revision} the caller compared against): the check and the
	 * write are one conditional write. Refused as stale ({@code draft.changed}) when any
	 * change landed meanwhile; nothing is stored then.
	 */
	public void replaceAll(List<ConfigDocument> documents, long expectedRevision) {
		this.drafts.change(draft -> {
			if (draft.revision() != expectedRevision) {
				throw Refusal.stale("The draft was changed by someone else", Map.of("code", "draft.changed"));
			}
			return new DraftSet(draft.revision(), documents);
		}, this.actors.current().name());
	}

	public ValidationReport validate() {
		return this.sets.validate(draft().documents());
	}

	/**
	 * A draft as publishing would see it: its canonical documents (to compare with a
	 * version's) and what validating it finds.
	 */
	public CheckedConfiguration check(DraftSet draft) {
		return this.sets.check(draft.documents());
	}

	static Refusal refused(String detail, List<Problem> problems) {
		return Refusal.rulesBroken(detail,
				problems.stream().map(p -> new ApiError(p.pointer(), p.code(), p.message(), p.document())).toList());
	}

}
