package org.candour.queues;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.candour.api.Refusal;
import org.candour.cases.CaseDocuments;
import org.candour.cases.CaseResource;
import org.candour.cases.FeedbackCase;
import org.candour.cases.CaseScope;

import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * Finds cases for searches: filters by type, state, org unit, assignee, channel, dates,
 * breach, high-risk flags and text (repeat a parameter to accept any of its values);
 * sorted and paged. Filters are plain documents ({@code $and} only when two conditions
 * meet on one field) so the tenant's indexes apply.
 */
@Service
public class CaseQueries {

	private static final Map<String, String> SORTS = Map.of("due", "nextDue", "received", "receivedAtDate", "reference",
			"reference");

	private final CaseDocuments cases;

	private final CaseScope scope;

	CaseQueries(CaseDocuments cases, java.util.Optional<CaseScope> scope) {
		this.cases = cases;
		this.scope = scope.orElse(CaseScope.EVERY_CASE);
	}

	public Page search(MultiValueMap<String, String> params) {
		Document filter = filter(params).within(this.scope).toFilter();
		int size = bounded(params.getFirst("size"), 20, 1, 200, "size");
		int page = bounded(params.getFirst("page"), 0, 0, 100_000, "page");
		String sortParam = params.getFirst("sort") == null ? "due" : params.getFirst("sort");
		boolean descending = sortParam.startsWith("-");
		String field = SORTS.get(descending ? sortParam.substring(1) : sortParam);
		if (field == null) {
			throw Refusal.malformed("/sort", "invalid-value",
					"sort must be due, received or reference (prefix - to reverse)");
		}
		Document sort = new Document(field, descending ? -1 : 1).append("reference", 1);
		List<FeedbackCase> found = this.cases.find(filter, sort, page * size, size);
		long total = this.cases.count(filter);
		return new Page(found.stream().map(CaseResource::of).toList(),
				new PageInfo(size, page, total, (total + size - 1) / size));
	}

	public Map<String, Long> counts(MultiValueMap<String, String> params) {
		Document base = filter(params).within(this.scope).toFilter();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String category : List.of("new", "open", "waiting", "closed")) {
			counts.put(category, this.cases.count(with(base, "stateCategory", category)));
		}
		counts.put("allOpen", this.cases.count(with(base, "open", true)));
		counts.put("unassigned", this.cases.count(with(with(base, "open", true), "unassigned", true)));
		counts.put("breached", this.cases.count(with(with(base, "open", true), "breached", true)));
		return counts;
	}

	private static CaseCriteria filter(MultiValueMap<String, String> params) {
		CaseCriteria criteria = CaseCriteria.any();
		values(params, "feedbackType").ifPresent(criteria::feedbackTypes);
		values(params, "state").ifPresent(criteria::states);
		if (params.containsKey("stateCategory")) {
			criteria.stateCategory(params.getFirst("stateCategory"));
		}
		values(params, "orgUnit").ifPresent(criteria::orgUnits);
		values(params, "team").ifPresent(criteria::teams);
		values(params, "assignee").ifPresent(criteria::officers);
		values(params, "channel").ifPresent(criteria::channels);
		values(params, "riskFlag").ifPresent(criteria::riskFlags);
		if (params.containsKey("unassigned")) {
			criteria.unassigned(Boolean.parseBoolean(params.getFirst("unassigned")));
		}
		if (params.containsKey("breached")) {
			criteria.breached(Boolean.parseBoolean(params.getFirst("breached")));
		}
		if (params.containsKey("open")) {
			criteria.open(Boolean.parseBoolean(params.getFirst("open")));
		}
		if (params.containsKey("receivedFrom")) {
			criteria.receivedFrom(date(params.getFirst("receivedFrom"), "receivedFrom"));
		}
		if (params.containsKey("receivedTo")) {
			criteria.receivedTo(date(params.getFirst("receivedTo"), "receivedTo"));
		}
		if (params.containsKey("dueBefore")) {
			criteria.dueBefore(date(params.getFirst("dueBefore"), "dueBefore"));
		}
		if (params.containsKey("q") && !params.getFirst("q").isBlank()) {
			criteria.text(params.getFirst("q"));
		}
		return criteria;
	}

	/** Every value of a repeatable parameter; empty when it is absent. */
	private static java.util.Optional<List<String>> values(MultiValueMap<String, String> params, String name) {
		return java.util.Optional.ofNullable(params.get(name)).filter(list -> !list.isEmpty());
	}

	private static Document with(Document base, String key, Object value) {
		Document copy = new Document(base);
		copy.put(key, value);
		return copy;
	}

	private static LocalDate date(String value, String name) {
		try {
			return LocalDate.parse(value);
		}
		catch (RuntimeException ex) {
			throw Refusal.malformed("/" + name, "invalid-date", name + " must be a date YYYY-MM-DD");
		}
	}

	private static int bounded(String value, int fallback, int min, int max, String name) {
		if (value == null) {
			return fallback;
		}
		try {
			int parsed = Integer.parseInt(value);
			if (parsed >= min && parsed <= max) {
				return parsed;
			}
		}
		catch (NumberFormatException ex) {
			// fall through to the refusal
		}
		throw Refusal.malformed("/" + name, "out-of-range", name + " must be between " + min + " and " + max);
	}

	/** Spring Data's paged JSON shape. */
	public record Page(List<CaseResource> content, PageInfo page) {
	}

	public record PageInfo(int size, int number, long totalElements, long totalPages) {
	}

}
