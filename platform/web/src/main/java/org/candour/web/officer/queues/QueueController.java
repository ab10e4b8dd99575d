package org.candour.web.officer.queues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.calendar.TenantCalendars;
import org.candour.calendar.WorkingDayCalendar;
import org.candour.queues.CaseCriteria;
import org.candour.queues.CaseQueues;
import org.candour.tenancy.TenantContext;
import org.candour.web.officer.OfficerPaths;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officer workspace's home: the count of every queue, and one queue listed with its
 * filters, order and pages, its rows ready to be selected for a bulk action.
 */
@Controller
class QueueController {

	/** Flash attribute: problems found by a form posted from the queue page. */
	static final String PAGE_ERRORS = "pageErrors";

	/** Flash attribute: the cases that were ticked when a bulk action was refused. */
	static final String SELECTED = "selected";

	/** Flash attribute: what was done, for the notification banner. */
	static final String NOTICE = "notice";

	private final CaseQueues queues;

	private final QueueVocabularies vocabularies;

	private final TenantCalendars calendars;

	private final Actors actors;

	private final QueuePeople people;

	private final SavedFilters savedFilters;

	private final QueueSettings settings;

	private final QueueMessages messages;

	QueueController(CaseQueues queues, QueueVocabularies vocabularies, TenantCalendars calendars, Actors actors,
			QueuePeople people, SavedFilters savedFilters, QueueSettings settings, QueueMessages messages) {
		this.queues = queues;
		this.vocabularies = vocabularies;
		this.calendars = calendars;
		this.actors = actors;
		this.people = people;
		this.savedFilters = savedFilters;
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping("/t/{tenant}/work")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR })
	String queue(@RequestParam MultiValueMap<String, String> params, Model model) {
		String tenant = TenantContext.require().value();
		QueueVocabulary vocabulary = this.vocabularies.current();
		Actors.Actor actor = this.actors.current();
		QueuePeople.Staff staff = this.people.staff();
		Queue shown = Queue.of(params.getFirst("queue")).orElse(Queue.DEFAULT);
		QueueFilters filters = QueueFilters.read(params, this.messages::text);
		Queue.Caller caller = new Queue.Caller(actor.name(),
				vocabulary.orgUnits().withDescendants(staff.orgUnitsOf(actor.name())), dueSoonBy(),
				vocabulary.intakeTeams());
		Map<String, CaseCriteria> counted = new LinkedHashMap<>();
		for (Queue queue : Queue.values()) {
			counted.put(queue.slug(), queue.criteria(caller));
		}
		CaseCriteria listed = filters.errors().isEmpty() ? shown.criteria(caller).and(filters.criteria(vocabulary))
				: shown.criteria(caller);
		int size = this.settings.pageSize();
		int page = page(params.getFirst("page"));
		CaseQueues.Board board = this.queues
			.board(new CaseQueues.BoardRequest(CaseCriteria.open(), counted, listed, filters.sort(), page, size));
		String base = OfficerPaths.work(tenant);
		int pages = (int) Math.max(1, (board.total() + size - 1) / size);
		model.addAttribute("tabs", List.of(Queue.values())
			.stream()
			.map(queue -> new QueueTab(queue.slug(), this.messages.text("queues.queue." + queue.slug()),
					this.messages.text("queues.queue." + queue.slug() + ".hint", this.settings.dueSoonWorkingDays()),
					board.counts().get(queue.slug()), filters.link(base, queue, 0), queue == shown))
			.toList());
		model.addAttribute("wideLayout", true);
		model.addAttribute("shown", shown.slug());
		model.addAttribute("shownName", this.messages.text("queues.queue." + shown.slug()));
		model.addAttribute("filters", filters);
		List<FilterError> errors = new ArrayList<>(filters.errors());
		if (model.getAttribute(PAGE_ERRORS) instanceof List<?> posted) {
			posted.forEach(error -> errors.add((FilterError) error));
		}
		model.addAttribute("errors", errors);
		model.addAttribute("fieldErrors", FilterError.byField(errors));
		model.addAttribute("filtersFailed", !filters.errors().isEmpty());
		if (!(model.getAttribute(SELECTED) instanceof Set<?>)) {
			model.addAttribute(SELECTED, Set.of());
		}
		model.addAttribute("rows", filters.errors().isEmpty()
				? board.rows().stream().map(row -> QueueRowView.of(tenant, row, vocabulary)).toList() : List.of());
		model.addAttribute("total", filters.errors().isEmpty() ? board.total() : 0);
		model.addAttribute("first", (long) page * size + 1);
		model.addAttribute("last", Math.min((long) (page + 1) * size, board.total()));
		model.addAttribute("pagination",
				Pagination.of(Math.min(page, pages - 1), pages, number -> filters.link(base, shown, number)));
		model.addAttribute("options", new FilterOptions(vocabulary, staff));
		model.addAttribute("savedFilters", this.savedFilters.of(actor.name()));
		String here = filters.link(base, shown, page);
		model.addAttribute("here", here);
		model.addAttribute("selectAll", here + "&select=all#cases");
		model.addAttribute("clearSelection", here + "#cases");
		model.addAttribute("allSelected", "all".equals(params.getFirst("select")));
		boolean bulk = actor.hasAnyRole(List.of(EndpointRoles.MANAGER));
		model.addAttribute("bulkActions", bulk ? BulkActionView.offered(vocabulary, actor.roles()) : List.of());
		return "officer/queues/queues";
	}

	private LocalDate dueSoonBy() {
		WorkingDayCalendar calendar = this.calendars.current();
		LocalDate today = LocalDate.now(calendar.spec().zone());
		return calendar.addWorkingDays(today, this.settings.dueSoonWorkingDays());
	}

	private static int page(String number) {
		try {
			return number == null ? 0 : Math.max(0, Math.min(100_000, Integer.parseInt(number) - 1));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/**
	 * A queue in the queue navigation.
	 *
	 * @param slug its name in addresses
	 * @param name its name
	 * @param hint what it holds
	 * @param count how many cases it holds
	 * @param href its address, with the filters in use
	 * @param current whether it is the queue listed
	 */
	record QueueTab(String slug, String name, String hint, Long count, String href, boolean current) {
	}

	/** The choices of the filter form. */
	record FilterOptions(List<Option> types, List<Option> states, List<Option> units, List<Option> assignees,
			List<Option> channels, List<Option> riskFlags) {

		FilterOptions(QueueVocabulary vocabulary, QueuePeople.Staff staff) {
			this(vocabulary.feedbackTypeOptions(), vocabulary.openStates(), vocabulary.orgUnitOptions(),
					staff.caseworkers(), vocabulary.channels(), vocabulary.riskFlags());
		}

	}

}
