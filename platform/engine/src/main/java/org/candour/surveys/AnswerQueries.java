package org.candour.surveys;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.candour.api.Refusal;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the current tenant's stored answers of one form, optionally between two months
 * ({@code yyyy-MM}, both included) of the given month field.
 */
@Component
class AnswerQueries {

	private final MongoTemplate mongo;

	AnswerQueries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	List<Document> answers(String collection, String form, String monthField, YearMonth from, YearMonth to) {
		Document filter = new Document("form", form);
		Document months = new Document();
		if (from != null) {
			months.append("$gte", from.toString());
		}
		if (to != null) {
			months.append("$lte", to.toString());
		}
		if (!months.isEmpty()) {
			filter.append(monthField, months);
		}
		return this.mongo.getCollection(collection).find(filter).sort(new Document("_id", 1)).into(new ArrayList<>());
	}

	/** A month parameter; 400 when it is not {@code yyyy-MM}. */
	static YearMonth month(String parameter, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw Refusal.malformed("/" + parameter, "invalid-month", parameter + " must be a month, yyyy-MM");
		}
	}

}
