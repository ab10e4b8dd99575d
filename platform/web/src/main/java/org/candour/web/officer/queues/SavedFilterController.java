package org.candour.web.officer.queues;

import java.util.List;

import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.tenancy.TenantContext;
import org.candour.web.officer.OfficerPaths;

import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saves the queue page's current queue, filters and order under a name of the user's, and
 * deletes saved filters; both are forms on the queue page.
 */
@Controller
@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR })
class SavedFilterController {

	static final int NAME_LENGTH = 60;

	static final int PER_USER = 20;

	private final SavedFilters saved;

	private final Actors actors;

	private final QueueMessages messages;

	SavedFilterController(SavedFilters saved, Actors actors, QueueMessages messages) {
		this.saved = saved;
		this.actors = actors;
		this.messages = messages;
	}

	@PostMapping("/t/{tenant}/work/saved-filters")
	String save(@RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
		String base = OfficerPaths.work(TenantContext.require().value());
		Queue queue = Queue.of(params.getFirst("queue")).orElse(Queue.DEFAULT);
		QueueFilters filters = QueueFilters.read(params, this.messages::text);
		String here = filters.link(base, queue, 0);
		String name = params.getFirst("name") == null ? "" : params.getFirst("name").trim();
		String user = this.actors.current().name();
		String problem = name.isEmpty() ? "queues.saved.error.name"
				: name.length() > NAME_LENGTH ? "queues.saved.error.name-length"
						: this.saved.of(user).size() >= PER_USER ? "queues.saved.error.too-many" : null;
		if (problem != null || !filters.errors().isEmpty()) {
			redirect.addFlashAttribute(QueueController.PAGE_ERRORS, problem == null ? filters.errors() : List
				.of(new FilterError("name", "#saved-filter-name", this.messages.text(problem, NAME_LENGTH, PER_USER))));
			redirect.addFlashAttribute("savedFilterName", name);
			return "redirect:" + here + "#saved-filters";
		}
		this.saved.save(user, name, here.substring(here.indexOf('?') + 1));
		redirect.addFlashAttribute(QueueController.NOTICE, this.messages.text("queues.saved.notice.saved", name));
		return "redirect:" + here;
	}

	@PostMapping("/t/{tenant}/work/saved-filters/{id}/delete")
	String delete(@PathVariable String id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
		String base = OfficerPaths.work(TenantContext.require().value());
		if (this.saved.delete(this.actors.current().name(), id)) {
			redirect.addFlashAttribute(QueueController.NOTICE, this.messages.text("queues.saved.notice.deleted"));
		}
		return "redirect:" + (back != null && back.startsWith(base + "?") ? back : base) + "#saved-filters";
	}

}
