package org.candour.casesapi;

import java.util.List;
import java.util.Map;

import org.candour.api.EndpointRoles;
import org.candour.api.RequestBodies;
import org.candour.cases.CaseActions;
import org.candour.cases.CaseHistory;
import org.candour.cases.CaseIntake;
import org.candour.cases.CaseLinks;
import org.candour.cases.CaseRecords;
import org.candour.cases.CaseReference;
import org.candour.cases.CaseResource;
import org.candour.cases.HistoryEntry;
import org.candour.cases.LogCase;
import org.candour.cases.TakeAction;
import org.candour.definition.model.Transition;
import org.candour.queues.CaseQueries;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases of a tenant: log, find, read, act, history. */
@RestController
@RequestMapping("/api/tenants/{tenant}/cases")
class CaseController {

	private final CaseIntake intake;

	private final CaseActions actions;

	private final CaseQueries queries;

	private final CaseRecords records;

	private final RequestBodies bodies;

	private final CaseLinks links;

	CaseController(CaseIntake intake, CaseActions actions, CaseQueries queries, CaseRecords records,
			RequestBodies bodies, CaseLinks links) {
		this.links = links;
		this.intake = intake;
		this.actions = actions;
		this.queries = queries;
		this.records = records;
		this.bodies = bodies;
	}

	@PostMapping
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER })
	ResponseEntity<CaseResource> log(@RequestBody JsonNode body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		this.bodies.require("case-create", body);
		CaseIntake.Logged logged = this.intake.log(LogCase.read(body), idempotencyKey);
		return ResponseEntity.status(logged.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.header("Location", logged.feedbackCase().reference())
			.body(CaseResource.of(logged.feedbackCase()));
	}

	@GetMapping
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR })
	CaseQueries.Page search(@RequestParam MultiValueMap<String, String> params) {
		return this.queries.search(params);
	}

	@GetMapping("/counts")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR })
	Map<String, Long> counts(@RequestParam MultiValueMap<String, String> params) {
		return this.queries.counts(params);
	}

	@GetMapping("/{reference}")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR })
	CaseResource read(@PathVariable String reference) {
		return CaseResource.of(this.records.load(reference));
	}

	@GetMapping("/{reference}/actions")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR })
	List<ActionView> available(@PathVariable String reference) {
		return this.actions.available(reference).stream().map(ActionView::of).toList();
	}

	@PostMapping("/{reference}/actions/{action}")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR })
	CaseResource take(@PathVariable String reference, @PathVariable String action,
			@RequestBody(required = false) JsonNode body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		JsonNode request = body == null ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode() : body;
		this.bodies.require("case-action", request);
		Long version = request.has("version") ? Long.valueOf(request.path("version").asLong())
				: CaseEditController.IfMatch.version(ifMatch);
		return CaseResource.of(this.actions.take(new TakeAction(new CaseReference(reference), action,
				request.path("inputs"), version, request.path("comment").asString(null))));
	}

	@PostMapping("/{reference}/links")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER })
	CaseResource link(@PathVariable String reference, @RequestBody JsonNode body) {
		Long version = body.has("version") ? Long.valueOf(body.path("version").asLong()) : null;
		return CaseResource.of(this.links.link(reference, body.path("relation").asString(""),
				body.path("reference").asString(""), version));
	}

	@GetMapping("/{reference}/history")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR })
	List<HistoryEntry> history(@PathVariable String reference) {
		return this.records.load(reference).history();
	}

	@GetMapping("/{reference}/history/verify")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR })
	CaseHistory.Verification verify(@PathVariable String reference) {
		return this.records.verify(reference);
	}

	/** An action the caller may take now. */
	record ActionView(String action, JsonNode label, String to, JsonNode inputs, JsonNode inputsUi, JsonNode confirm,
			boolean bulk) {

		static ActionView of(Transition transition) {
			return new ActionView(transition.action(), transition.label(), transition.to(), transition.inputs(),
					transition.inputsUi(), transition.confirm(), transition.bulk());
		}

	}

}
