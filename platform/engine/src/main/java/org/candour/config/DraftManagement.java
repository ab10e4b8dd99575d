package org.candour.config;

import java.util.List;

import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
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

	public void delete(String kind, String id) {
		get(kind, id);
		this.drafts.change(draft -> draft.without(kind, id), this.actors.current().name());
	}

	/** Replaces the whole draft at once (a rollback, a pack deployment). */
	public void replaceAll(List<ConfigDocument> documents) {
		this.drafts.change(draft -> new DraftSet(draft.revision(), documents), this.actors.current().name());
	}

	public ValidationReport validate() {
		return this.sets.validate(draft().documents());
	}

	static Refusal refused(String detail, List<Problem> problems) {
		return Refusal.rulesBroken(detail,
				problems.stream().map(p -> new ApiError(p.pointer(), p.code(), p.message(), p.document())).toList());
	}

}
