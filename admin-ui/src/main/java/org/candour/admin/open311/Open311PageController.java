package org.candour.admin.open311;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.PageProblem;
import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.Open311Offer;
import org.candour.open311.Open311Client;
import org.candour.open311.Open311Clients;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Open311": the endpoint's address and the services the published configuration offers;
 * the clients allowed to post requests, a new one's key shown once (on the answer to the
 * post that makes it: it is not kept), and revocation. Auditors read only.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/open311")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class Open311PageController {

	private static final int MAX_NAME = 100;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final Open311Clients clients;

	private final ActiveConfigurations configurations;

	private final Actors actors;

	Open311PageController(Open311Clients clients, ActiveConfigurations configurations, Actors actors) {
		this.clients = clients;
		this.configurations = configurations;
		this.actors = actors;
	}

	@GetMapping
	String page(@PathVariable String tenant, @RequestParam(required = false) String done, Model model) {
		return show(tenant, model, List.of(), "", null, done);
	}

	@PostMapping("/clients")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String create(@PathVariable String tenant, @RequestParam(defaultValue = "") String name, Model model,
			HttpServletResponse response) {
		String given = name.strip();
		if (given.isEmpty() || given.length() > MAX_NAME) {
			response.setStatus(422);
			return show(
					tenant, model, List.of(
							new PageProblem("name",
									given.isEmpty() ? "Enter a name for the client, like FixMyStreet"
											: "The name must be " + MAX_NAME + " characters or fewer")),
					name, null, null);
		}
		Open311Clients.Created created = this.clients.create(given, this.actors.current().name());
		return show(tenant, model, List.of(), "", created, null);
	}

	@PostMapping("/clients/{id}/revoke")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String revoke(@PathVariable String tenant, @PathVariable String id) {
		if (!this.clients.revoke(id, this.actors.current().name())) {
			throw Refusal.notFound("No Open311 client '" + id + "'");
		}
		return "redirect:/t/" + tenant + "/admin/open311?done=revoked";
	}

	private String show(String tenant, Model model, List<PageProblem> errors, String name,
			Open311Clients.Created created, String done) {
		model.addAttribute("errors", errors);
		model.addAttribute("name", name);
		model.addAttribute("created", created);
		model.addAttribute("done", done);
		model.addAttribute("endpoint", "/open311/" + tenant + "/v2/");
		model.addAttribute("services",
				this.configurations.current().map(version -> Open311Offer.all(version.model())).orElse(List.of()));
		model.addAttribute("clients", this.clients.all().stream().map(Open311PageController::row).toList());
		return "admin/open311/clients";
	}

	private static Row row(Open311Client client) {
		return new Row(client.id(), client.name(), when(client.createdAt()), client.createdBy(),
				client.active() ? null : when(client.revokedAt()), client.revokedBy());
	}

	private static String when(Instant instant) {
		return WHEN.format(instant.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
	}

	/** A client as the page lists it; {@code revoked} is null while its key works. */
	record Row(String id, String name, String created, String createdBy, String revoked, String revokedBy) {
	}

}
