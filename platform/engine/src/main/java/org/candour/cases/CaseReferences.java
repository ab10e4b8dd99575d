package org.candour.cases;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.candour.tenancy.TenantContext;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Allocates case references in a feedback type's configured format, e.g.
 * {@code {prefix}-{yyyy}-{seq:6}} → {@code CC-2026-000123}. Sequences are per tenant,
 * prefix and (when the format has a year) year, incremented atomically. The counter is
 * written (and, on the embedded server, committed) before the case that uses it, so it is
 * never behind a stored case; should a stored case hold the reference all the same (a
 * restored backup, say), {@link #skipTaken} moves the counter past every stored one.
 * <p>
 * Numbers are drawn from the counter in blocks ({@code candour.cases.reference-block},
 * default 10) and handed out from memory, so most cases write no counter: references stay
 * unique and, within one instance, in order of logging, but numbers left in a block when
 * the instance stops are never used, and two instances interleave their blocks.
 */
@Component
class CaseReferences {

	static final String DEFAULT_FORMAT = "{prefix}-{yyyy}-{seq:6}";

	private static final Pattern SEQ = Pattern.compile("\\{seq:(\\d+)}");

	private static final Object[] STRIPES = java.util.stream.Stream.generate(Object::new)
		.limit(64)
		.toArray(Object[]::new);

	private final MongoTemplate mongo;

	private final long blockSize;

	/** Per counter id: the numbers of its block not yet handed out. */
	private final java.util.Map<String, Block> blocks = new java.util.concurrent.ConcurrentHashMap<>();

	CaseReferences(MongoTemplate mongo,
			@org.springframework.beans.factory.annotation.Value("${candour.cases.reference-block:10}") long blockSize) {
		this.mongo = mongo;
		this.blockSize = Math.max(1, blockSize);
	}

	CaseReference next(String prefix, String format, LocalDate received) {
		Scheme scheme = Scheme.of(prefix, format, received);
		Document counterId = scheme.counterId();
		String id = counterId.getString("_id");
		// the embedded server does not apply a findOneAndUpdate atomically across
		// threads: two requests could draw the same block (a real server is atomic; the
		// lock then only orders this server's own requests)
		synchronized (STRIPES[Math.floorMod(id.hashCode(), STRIPES.length)]) {
			Block block = this.blocks.get(id);
			if (block == null || block.next > block.last) {
				Document counter = counters().findOneAndUpdate(counterId,
						new Document("$inc", new Document("seq", this.blockSize)),
						new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
				long last = ((Number) counter.get("seq")).longValue();
				block = new Block(last - this.blockSize + 1, last);
				this.blocks.put(id, block);
			}
			return scheme.reference(block.next++);
		}
	}

	/**
	 * Numbers drawn from a counter and not yet handed out: {@code next} to {@code last}.
	 */
	private static final class Block {

		long next;

		final long last;

		Block(long next, long last) {
			this.next = next;
			this.last = last;
		}

	}

	/**
	 * After a reference was found taken: moves the counter to the highest sequence a
	 * stored case of the scheme holds (the next reference is past all of them). Scans the
	 * scheme's cases, which is rare: only after a clash.
	 */
	void skipTaken(String prefix, String format, LocalDate received) {
		Scheme scheme = Scheme.of(prefix, format, received);
		long highest = 0;
		for (Document stored : this.mongo.getCollection(CaseCollections.CASES)
			.find(new Document("reference", new Document("$regex", scheme.regex().pattern())))
			.projection(new Document("reference", 1))) {
			highest = Math.max(highest, scheme.sequenceOf(stored.getString("reference")));
		}
		counters().updateOne(scheme.counterId(), new Document("$max", new Document("seq", highest)),
				new UpdateOptions().upsert(true));
		// the block may hold taken numbers: draw a new one past them
		this.blocks.remove(scheme.counterId().getString("_id"));
	}

	private com.mongodb.client.MongoCollection<Document> counters() {
		return this.mongo.getCollection(CaseCollections.COUNTERS);
	}

	/**
	 * A reference format with its prefix and year filled in.
	 *
	 * @param scope the counter's scope: prefix, and year when the format has one
	 * @param pattern the format with the prefix and year filled in, {@code {seq:n}} left
	 */
	record Scheme(String scope, String pattern) {

		static Scheme of(String prefix, String format, LocalDate received) {
			String pattern = format == null || format.isBlank() ? DEFAULT_FORMAT : format;
			String year = String.valueOf(received.getYear());
			String scope = prefix + (pattern.contains("{yyyy}") || pattern.contains("{yy}") ? ":" + year : "");
			return new Scheme(scope,
					pattern.replace("{prefix}", prefix).replace("{yyyy}", year).replace("{yy}", year.substring(2)));
		}

		Document counterId() {
			return new Document("_id", TenantContext.require().value() + ":" + this.scope);
		}

		CaseReference reference(long seq) {
			Matcher matcher = SEQ.matcher(this.pattern);
			StringBuilder out = new StringBuilder();
			while (matcher.find()) {
				String digits = String.format("%0" + matcher.group(1) + "d", seq);
				matcher.appendReplacement(out, Matcher.quoteReplacement(digits));
			}
			matcher.appendTail(out);
			return new CaseReference(out.toString());
		}

		/** Matches the scheme's references; group 1 is the (first) sequence. */
		Pattern regex() {
			Matcher matcher = SEQ.matcher(this.pattern);
			StringBuilder regex = new StringBuilder("^");
			int from = 0;
			while (matcher.find()) {
				regex.append(Pattern.quote(this.pattern.substring(from, matcher.start()))).append("(\\d+)");
				from = matcher.end();
			}
			return Pattern.compile(regex.append(Pattern.quote(this.pattern.substring(from))).append('$').toString());
		}

		long sequenceOf(String reference) {
			Matcher matcher = regex().matcher(reference);
			if (!matcher.matches() || matcher.groupCount() == 0) {
				return 0;
			}
			String digits = matcher.group(1);
			return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
		}

	}

}
