package org.candour.queues;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.bson.Document;
import org.candour.cases.CaseScope;

/**
 * Which cases to find: conditions on the top-level copies a stored case carries (state,
 * open, org unit, assignment, receipt, next due date, breach) and on its high-risk flags,
 * all of which must hold. Each condition is kept twice, as the same rule: a MongoDB
 * filter for searches, and a test of a {@link QueueEntry} for queues read from memory.
 * The filter is a plain document; {@code $and} appears only when two conditions constrain
 * the same field or when several alternatives apply.
 */
public final class CaseCriteria {

	/** Where a risk assessment records the high-risk flags of a case. */
	static final String RISK_FLAGS = "current.outcome.riskAssessment.highRiskFlags";

	private final Document filter = new Document();

	private final List<Document> also = new ArrayList<>();

	private final List<Predicate<QueueEntry>> tests = new ArrayList<>();

	private CaseCriteria() {
	}

	/** Every case. */
	public static CaseCriteria any() {
		return new CaseCriteria();
	}

	/** Cases that are not closed. */
	public static CaseCriteria open() {
		return any().open(true);
	}

	/** These criteria and all of {@code other}'s. */
	public CaseCriteria and(CaseCriteria other) {
		CaseCriteria both = new CaseCriteria();
		both.filter.putAll(this.filter);
		both.also.addAll(this.also);
		both.tests.addAll(this.tests);
		other.filter.forEach(both::put);
		both.also.addAll(other.also);
		both.tests.addAll(other.tests);
		return both;
	}

	/** Cases that are open (or, when false, closed): queue entries are all open. */
	public CaseCriteria open(boolean open) {
		return put("open", open, entry -> open);
	}

	public CaseCriteria feedbackTypes(Collection<String> types) {
		return in("feedbackType", types, QueueEntry::feedbackType);
	}

	public CaseCriteria states(Collection<String> states) {
		return in("state", states, QueueEntry::state);
	}

	public CaseCriteria stateCategory(String category) {
		return put("stateCategory", category, entry -> category.equals(entry.stateCategory()));
	}

	public CaseCriteria orgUnits(Collection<String> units) {
		return in("orgUnit", units, QueueEntry::orgUnit);
	}

	public CaseCriteria teams(Collection<String> teams) {
		return in("team", teams, QueueEntry::team);
	}

	/** Cases the given units are about or are allocated to. */
	public CaseCriteria aboutOrAllocatedTo(Collection<String> units) {
		// a hash set, since the tests look up null (no team), which immutable sets refuse
		Set<String> values = new HashSet<>(units);
		this.tests.add(entry -> values.contains(entry.orgUnit()) || values.contains(entry.team()));
		return either(new Document("orgUnit", new Document("$in", List.copyOf(values))),
				new Document("team", new Document("$in", List.copyOf(values))));
	}

	/** Cases allocated to a team that is none of {@code teams}. */
	public CaseCriteria allocatedToATeamOtherThan(Collection<String> teams) {
		Set<String> excluded = new HashSet<>(teams);
		List<Object> values = new ArrayList<>(excluded);
		values.add(null);
		return put("team", new Document("$nin", values),
				entry -> entry.team() != null && !excluded.contains(entry.team()));
	}

	public CaseCriteria officers(Collection<String> officers) {
		return in("officer", officers, QueueEntry::officer);
	}

	/** Allocated to neither a team nor an officer (or, when false, to either). */
	public CaseCriteria unassigned(boolean unassigned) {
		return put("unassigned", unassigned, entry -> entry.unassigned() == unassigned);
	}

	public CaseCriteria channels(Collection<String> channels) {
		return in("channel", channels, QueueEntry::channel);
	}

	/** Received on or after the start of the day (UTC). */
	public CaseCriteria receivedFrom(LocalDate day) {
		Instant from = startOf(day);
		return put("receivedAtDate", new Document("$gte", Date.from(from)),
				entry -> !entry.receivedAt().isBefore(from));
	}

	/** Received before the end of the day (UTC). */
	public CaseCriteria receivedTo(LocalDate day) {
		Instant end = startOf(day.plusDays(1));
		return put("receivedAtDate", new Document("$lt", Date.from(end)), entry -> entry.receivedAt().isBefore(end));
	}

	/** A running clock is due before the day. */
	public CaseCriteria dueBefore(LocalDate day) {
		String limit = day.toString();
		return put("nextDue", new Document("$lt", limit),
				entry -> entry.nextDue() != null && entry.nextDue().compareTo(limit) < 0);
	}

	/** A running clock is due on or before the day. */
	public CaseCriteria dueBy(LocalDate day) {
		String limit = day.toString();
		return put("nextDue", new Document("$lte", limit),
				entry -> entry.nextDue() != null && entry.nextDue().compareTo(limit) <= 0);
	}

	public CaseCriteria breached(boolean breached) {
		return put("breached", breached, entry -> entry.breached() == breached);
	}

	/** A risk assessment recorded at least one of the flags. */
	public CaseCriteria riskFlags(Collection<String> flags) {
		List<String> wanted = List.copyOf(flags);
		return put(RISK_FLAGS, new Document("$in", wanted),
				entry -> wanted.stream().anyMatch(entry.riskFlags()::contains));
	}

	/** The reference or summary contains the text, ignoring case. */
	public CaseCriteria text(String text) {
		String wanted = text.trim().toLowerCase(Locale.ROOT);
		this.tests.add(entry -> contains(entry.reference(), wanted) || contains(entry.summary(), wanted));
		Document pattern = new Document("$regex", Pattern.quote(text.trim())).append("$options", "i");
		return either(new Document("reference", pattern), new Document("summary", pattern));
	}

	/**
	 * Confined to the caller's scope: cases any of its reaches admits.
	 */
	CaseCriteria within(CaseScope scope) {
		return scope.reaches().map(reaches -> {
			CaseCriteria confined = any();
			List<Document> alternatives = reaches.stream().map(CaseCriteria::admittedBy).toList();
			confined.also.add((alternatives.size() == 1) ? alternatives.get(0) : new Document("$or", alternatives));
			confined.tests.add(entry -> scope.allows(entry.feedbackType(), entry.orgUnit(), entry.team()));
			return and(confined);
		}).orElse(this);
	}

	private static Document admittedBy(CaseScope.Reach reach) {
		List<Document> conditions = new ArrayList<>();
		if (reach.feedbackTypes() != null) {
			conditions.add(new Document("feedbackType", new Document("$in", List.copyOf(reach.feedbackTypes()))));
		}
		reach.orgUnits()
			.forEach(units -> conditions
				.add(new Document("$or", List.of(new Document("orgUnit", new Document("$in", List.copyOf(units))),
						new Document("team", new Document("$in", List.copyOf(units)))))));
		if (conditions.isEmpty()) {
			return new Document();
		}
		return (conditions.size() == 1) ? conditions.get(0) : new Document("$and", conditions);
	}

	/** Whether a queue entry meets every condition. */
	boolean test(QueueEntry entry) {
		for (Predicate<QueueEntry> test : this.tests) {
			if (!test.test(entry)) {
				return false;
			}
		}
		return true;
	}

	/** The filter document. */
	Document toFilter() {
		Document rendered = new Document(this.filter);
		if (this.also.size() == 1 && this.also.get(0).containsKey("$or")) {
			rendered.putAll(this.also.get(0));
		}
		else if (!this.also.isEmpty()) {
			rendered.put("$and", List.copyOf(this.also));
		}
		return rendered;
	}

	private CaseCriteria in(String field, Collection<String> values,
			java.util.function.Function<QueueEntry, String> value) {
		List<String> distinct = values.stream().distinct().toList();
		Set<String> wanted = new HashSet<>(distinct);
		return put(field, distinct.size() == 1 ? distinct.get(0) : new Document("$in", distinct),
				entry -> wanted.contains(value.apply(entry)));
	}

	private CaseCriteria either(Document one, Document other) {
		this.also.add(new Document("$or", List.of(one, other)));
		return this;
	}

	private CaseCriteria put(String field, Object condition, Predicate<QueueEntry> test) {
		this.tests.add(test);
		put(field, condition);
		return this;
	}

	private void put(String field, Object condition) {
		if (!this.filter.containsKey(field)) {
			this.filter.put(field, condition);
		}
		else if (this.filter.get(field) instanceof Document existing && condition instanceof Document added
				&& existing.keySet().stream().noneMatch(added::containsKey)
				&& existing.keySet().stream().allMatch(key -> key.startsWith("$"))) {
			Document merged = new Document(existing);
			merged.putAll(added);
			this.filter.put(field, merged);
		}
		else {
			this.also.add(new Document(field, condition));
		}
	}

	private static boolean contains(String text, String wanted) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
	}

	private static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}
