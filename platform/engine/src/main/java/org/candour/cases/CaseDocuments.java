package org.candour.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.candour.workflow.CaseClock;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Reads of the current tenant's stored cases for the modules that find, count and list
 * many at once (queues and searches). Filters, sorts and projections are on the top-level
 * copies every stored case carries ({@code feedbackType}, {@code state},
 * {@code stateCategory}, {@code open}, {@code orgUnit}, {@code team}, {@code officer},
 * {@code unassigned}, {@code summary}, {@code channel}, {@code receivedAtDate},
 * {@code nextDue}, {@code breached}) and on the case as stored, so that the tenant's
 * indexes apply.
 */
@Service
public class CaseDocuments {

	private final Cases cases;

	private final JsonMapper json;

	CaseDocuments(Cases cases, JsonMapper json) {
		this.cases = cases;
		this.json = json;
	}

	/** One page of the cases the filter matches, in the order given. */
	public List<FeedbackCase> find(Bson filter, Bson sort, int skip, int limit) {
		return this.cases.find(filter, sort, skip, limit);
	}

	/** The results of an aggregation pipeline over the tenant's stored cases. */
	public List<Document> aggregate(List<? extends Bson> pipeline) {
		return this.cases.aggregate(pipeline);
	}

	/** How many cases the filter matches. */
	public long count(Bson filter) {
		return this.cases.count(filter);
	}

	/**
	 * Passes the given fields of every case the filter matches, as stored, to the action,
	 * one case at a time.
	 */
	public void forEach(Bson filter, List<String> fields, Consumer<Document> action) {
		Document projection = new Document();
		fields.forEach(field -> projection.put(field, 1));
		this.cases.forEach(filter, projection, action);
	}

	/** A case's clocks as the case holds them, from their stored form. */
	public List<CaseClock> clocks(List<Document> stored) {
		List<CaseClock> clocks = new ArrayList<>(stored.size());
		BsonTrees.toTree(new Document("clocks", stored))
			.path("clocks")
			.forEach(clock -> clocks.add(this.json.treeToValue(clock, CaseClock.class)));
		return clocks;
	}

}
