package org.candour.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.bson.Document;
import org.candour.api.ApiException;

import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * Finds cases for queues and searches: filters by type, state, org unit, assignee, dates,
 * breach and text; sorted and paged. Filters are plain documents (never {@code $and}) so
 * the tenant's indexes apply.
 */
@Service
public class CaseQueries {

	private static final Map<String, String> SORTS = Map.of("due", "nextDue", "received", "receivedAtDate", "reference",
			"reference");

	private final Cases cases;

	private final InvestigatorScope scope;

	CaseQueries(Cases cases, java.util.Optional<InvestigatorScope> scope) {
		this.cases = cases;
		this.scope = scope.orElse(InvestigatorScope.NONE);
	}

	public Page search(MultiValueMap<String, String> params) {
		Document filter = scoped(filter(params));
		int size = bounded(params.getFirst("size"), 20, 1, 200, "size");
		int page = bounded(params.getFirst("page"), 0, 0, 100_000, "page");
		String sortParam = params.getFirst("sort") == null ? "due" : params.getFirst("sort");
		boolean descending = sortParam.startsWith("-");
		String field = SORTS.get(descending ? sortParam.substring(1) : sortParam);
		if (field == null) {
			throw ApiException.badRequest("/sort", "invalid-value",
					"sort must be due, received or reference (prefix - to reverse)");
		}
		Document sort = new Document(field, descending ? -1 : 1).append("reference", 1);
		List<FeedbackCase> found = this.cases.find(filter, sort, page * size, size);
		long total = this.cases.count(filter);
		return new Page(found.stream().map(CaseResource::of).toList(),
				new PageInfo(size, page, total, (total + size - 1) / size));
	}

	public Map<String, Long> counts(MultiValueMap<String, String> params) {
		Document base = scoped(filter(params));
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String category : List.of("new", "open", "waiting", "closed")) {
			counts.put(category, this.cases.count(with(base, "stateCategory", category)));
		}
		counts.put("allOpen", this.cases.count(with(base, "open", true)));
		counts.put("unassigned", this.cases.count(with(with(base, "open", true), "unassigned", true)));
		counts.put("breached", this.cases.count(with(with(base, "open", true), "breached", true)));
		return counts;
	}

	private static Document filter(MultiValueMap<String, String> params) {
		Document filter = new Document();
		copy(params, filter, "feedbackType", "feedbackType");
		copy(params, filter, "state", "state");
		copy(params, filter, "stateCategory", "stateCategory");
		copy(params, filter, "orgUnit", "orgUnit");
		copy(params, filter, "team", "team");
		copy(params, filter, "assignee", "officer");
		copy(params, filter, "channel", "channel");
		if (params.containsKey("unassigned")) {
			filter.append("unassigned", Boolean.parseBoolean(params.getFirst("unassigned")));
		}
		if (params.containsKey("breached")) {
			filter.append("breached", Boolean.parseBoolean(params.getFirst("breached")));
		}
		if (params.containsKey("open")) {
			filter.append("open", Boolean.parseBoolean(params.getFirst("open")));
		}
		Document received = new Document();
		if (params.containsKey("receivedFrom")) {
			received.append("$gte", java.util.Date.from(instant(params.getFirst("receivedFrom"), "receivedFrom")));
		}
		if (params.containsKey("receivedTo")) {
			received.append("$lt", java.util.Date
				.from(instant(params.getFirst("receivedTo"), "receivedTo").plus(java.time.Duration.ofDays(1))));
		}
		if (!received.isEmpty()) {
			filter.append("receivedAtDate", received);
		}
		if (params.containsKey("dueBefore")) {
			filter.append("nextDue", new Document("$lt", date(params.getFirst("dueBefore"), "dueBefore").toString()));
		}
		if (params.containsKey("q") && !params.getFirst("q").isBlank()) {
			String pattern = Pattern.quote(params.getFirst("q").trim());
			filter.append("$or",
					List.of(new Document("reference", new Document("$regex", pattern).append("$options", "i")),
							new Document("summary", new Document("$regex", pattern).append("$options", "i"))));
		}
		return filter;
	}

	/**
	 * An investigator's queries only reach cases of their org units (by org unit or
	 * team); combined with a text search's {@code $or} through {@code $and}.
	 */
	private Document scoped(Document filter) {
		return this.scope.orgUnits().map(units -> {
			List<Document> inScope = List.of(new Document("orgUnit", new Document("$in", List.copyOf(units))),
					new Document("team", new Document("$in", List.copyOf(units))));
			Document scoped = new Document(filter);
			Object search = scoped.remove("$or");
			if (search == null) {
				scoped.append("$or", inScope);
			}
			else {
				scoped.append("$and", List.of(new Document("$or", search), new Document("$or", inScope)));
			}
			return scoped;
		}).orElse(filter);
	}

	private static void copy(MultiValueMap<String, String> params, Document filter, String param, String field) {
		if (params.containsKey(param)) {
			filter.append(field, params.getFirst(param));
		}
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
			throw ApiException.badRequest("/" + name, "invalid-date", name + " must be a date YYYY-MM-DD");
		}
	}

	private static Instant instant(String value, String name) {
		return date(value, name).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
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
		throw ApiException.badRequest("/" + name, "out-of-range", name + " must be between " + min + " and " + max);
	}

	/** Spring Data's paged JSON shape. */
	public record Page(List<CaseResource> content, PageInfo page) {
	}

	public record PageInfo(int size, int number, long totalElements, long totalPages) {
	}

}
