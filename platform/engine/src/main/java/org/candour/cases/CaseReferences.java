package org.candour.cases;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;
import org.candour.tenancy.TenantContext;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Allocates case references in a feedback type's configured format, e.g.
 * {@code {prefix}-{yyyy}-{seq:6}} → {@code CC-2026-000123}. Sequences are per tenant,
 * prefix and (when the format has a year) year, incremented atomically.
 */
@Component
class CaseReferences {

	static final String DEFAULT_FORMAT = "{prefix}-{yyyy}-{seq:6}";

	private static final Pattern SEQ = Pattern.compile("\\{seq:(\\d+)}");

	private final MongoTemplate mongo;

	CaseReferences(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	CaseReference next(String prefix, String format, LocalDate received) {
		String pattern = format == null || format.isBlank() ? DEFAULT_FORMAT : format;
		String year = String.valueOf(received.getYear());
		String scope = prefix + (pattern.contains("{yyyy}") || pattern.contains("{yy}") ? ":" + year : "");
		long seq = increment(scope);
		String reference = pattern.replace("{prefix}", prefix)
			.replace("{yyyy}", year)
			.replace("{yy}", year.substring(2));
		Matcher matcher = SEQ.matcher(reference);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String digits = String.format("%0" + matcher.group(1) + "d", seq);
			matcher.appendReplacement(out, Matcher.quoteReplacement(digits));
		}
		matcher.appendTail(out);
		return new CaseReference(out.toString());
	}

	private long increment(String scope) {
		Document counter = this.mongo.getCollection(CaseCollections.COUNTERS)
			.findOneAndUpdate(new Document("_id", TenantContext.require().value() + ":" + scope),
					new Document("$inc", new Document("seq", 1L)),
					new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
		return ((Number) counter.get("seq")).longValue();
	}

}
