package org.candour.cases;

import java.util.function.Consumer;

import org.bson.Document;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Every people part of the current tenant, read one at a time (subject access looks for a
 * person through all of them: a scan, as the embedded server has no index on their
 * contents).
 */
@Service
public class PeopleParts {

	private final MongoTemplate mongo;

	PeopleParts(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * A case's people part.
	 *
	 * @param caseId the case's storage id
	 * @param reference the case's reference
	 * @param contact its contact details ({@code name}, {@code email}, {@code phone},
	 * {@code address}…)
	 */
	public record PersonPart(String caseId, String reference, ObjectNode contact) {
	}

	public void forEach(Consumer<PersonPart> action) {
		this.mongo.getCollection(CaseCollections.PEOPLE).find().forEach(stored -> {
			if (stored.get("contact") instanceof Document contact) {
				action.accept(new PersonPart(stored.getString("_id"), stored.getString("reference"),
						BsonTrees.toTree(contact)));
			}
		});
	}

}
