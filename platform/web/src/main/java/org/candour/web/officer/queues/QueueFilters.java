package org.candour.web.officer.queues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.candour.queues.CaseCriteria;
import org.candour.queues.CaseSort;
import org.candour.web.officer.OrgUnits;
import org.candour.web.officer.DateInput;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters and order of the queue page, as sent by its filter form (a GET form, so a
 * filtered queue has an address that can be bookmarked and saved), checked and turned
 * into criteria.
 */
final class QueueFilters {

	static final Map<String, CaseSort> SORTS = Map.of("due", CaseSort.DUE_FIRST, "-due",
			new CaseSort(CaseSort.By.DUE, true), "received", new CaseSort(CaseSort.By.RECEIVED, false), "-received",
			new CaseSort(CaseSort.By.RECEIVED, true), "reference", new CaseSort(CaseSort.By.REFERENCE, false));

	static final String ANY_RISK_FLAG = "any";

	private static final List<String> CHOICES = List.of("q", "type", "state", "unit", "assignee", "channel", "risk");

	private final Map<String, String> selected = new java.util.LinkedHashMap<>();

	private final DateInput receivedFrom;

	private final DateInput receivedTo;

	private final DateInput dueBefore;

	private final String sort;

	private final List<FilterError> errors = new ArrayList<>();

	private QueueFilters(MultiValueMap<String, String> params, Function<String, String> messages) {
		for (String name : CHOICES) {
			String value = params.getFirst(name);
			if (value != null && !value.isBlank()) {
				this.selected.put(name, value.trim());
			}
		}
		this.receivedFrom = DateInput.read(params, "receivedFrom");
		this.receivedTo = DateInput.read(params, "receivedTo");
		this.dueBefore = DateInput.read(params, "dueBefore");
		String sortBy = params.getFirst("sort");
		this.sort = sortBy != null && SORTS.containsKey(sortBy) ? sortBy : "due";
		check(this.receivedFrom, messages.apply("queues.error.received-from"));
		check(this.receivedTo, messages.apply("queues.error.received-to"));
		check(this.dueBefore, messages.apply("queues.error.due-before"));
		if (this.receivedFrom.date().isPresent() && this.receivedTo.date().isPresent()
				&& this.receivedTo.date().get().isBefore(this.receivedFrom.date().get())) {
			this.errors.add(new FilterError("receivedTo", "#receivedTo-day",
					messages.apply("queues.error.received-to-before-from")));
		}
	}

	/**
	 * @param messages the text of a message key
	 */
	static QueueFilters read(MultiValueMap<String, String> params, Function<String, String> messages) {
		return new QueueFilters(params, messages);
	}

	private void check(DateInput input, String message) {
		if (!input.valid()) {
			this.errors.add(new FilterError(input.name(), "#" + input.name() + "-day", message));
		}
	}

	List<FilterError> errors() {
		return this.errors;
	}

	public String value(String name) {
		return this.selected.getOrDefault(name, "");
	}

	public DateInput receivedFrom() {
		return this.receivedFrom;
	}

	public DateInput receivedTo() {
		return this.receivedTo;
	}

	public DateInput dueBefore() {
		return this.dueBefore;
	}

	public String sortValue() {
		return this.sort;
	}

	CaseSort sort() {
		return SORTS.get(this.sort);
	}

	/** Whether any filter narrows the queue. */
	boolean narrowing() {
		return !this.selected.isEmpty() || !this.receivedFrom.blank() || !this.receivedTo.blank()
				|| !this.dueBefore.blank();
	}

	/** The criteria of the filters; only when there are no {@link #errors()}. */
	CaseCriteria criteria(QueueVocabulary vocabulary) {
		CaseCriteria criteria = CaseCriteria.any();
		OrgUnits units = vocabulary.orgUnits();
		List<String> everyFlag = vocabulary.riskFlags().stream().map(Option::value).toList();
		with("q", criteria::text);
		with("type", type -> criteria.feedbackTypes(List.of(type)));
		with("state", state -> criteria.states(List.of(state)));
		with("unit", unit -> criteria.aboutOrAllocatedTo(units.withDescendants(Set.of(unit))));
		with("assignee", officer -> criteria.officers(List.of(officer)));
		with("channel", channel -> criteria.channels(List.of(channel)));
		with("risk", flag -> criteria.riskFlags(ANY_RISK_FLAG.equals(flag) ? everyFlag : List.of(flag)));
		this.receivedFrom.date().ifPresent(criteria::receivedFrom);
		this.receivedTo.date().ifPresent(criteria::receivedTo);
		this.dueBefore.date().ifPresent(criteria::dueBefore);
		return criteria;
	}

	private void with(String name, java.util.function.Consumer<String> apply) {
		String value = this.selected.get(name);
		if (value != null) {
			apply.accept(value);
		}
	}

	/** The filters and order as query parameters, in a stable order. */
	public MultiValueMap<String, String> parameters() {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		this.selected.forEach(parameters::add);
		for (DateInput date : List.of(this.receivedFrom, this.receivedTo, this.dueBefore)) {
			if (!date.blank()) {
				parameters.add(date.name() + "-day", date.day());
				parameters.add(date.name() + "-month", date.month());
				parameters.add(date.name() + "-year", date.year());
			}
		}
		if (!"due".equals(this.sort)) {
			parameters.add("sort", this.sort);
		}
		return parameters;
	}

	/** The address of a queue with these filters, on a page (from 0). */
	String link(String base, Queue queue, int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(base).queryParam("queue", queue.slug());
		parameters().forEach((name, values) -> link.queryParam(name, values.toArray()));
		if (page > 0) {
			link.queryParam("page", page + 1);
		}
		return link.encode().build().toUriString();
	}

}
