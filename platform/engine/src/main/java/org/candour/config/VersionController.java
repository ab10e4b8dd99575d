package org.candour.config;

import java.util.List;
import java.util.Map;

import org.candour.api.EndpointRoles;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publication, versions, diff, rollback and the active configuration. Roles: TENANT_ADMIN
 * to publish or roll back; TENANT_ADMIN and AUDITOR to read.
 */
@RestController
@RequestMapping("/api/tenants/{tenant}/config")
class VersionController {

	private final ConfigPublisher publisher;

	private final VersionHistory history;

	private final ActiveConfigurations active;

	private final PublishApprovals approvals;

	VersionController(ConfigPublisher publisher, VersionHistory history, ActiveConfigurations active,
			PublishApprovals approvals) {
		this.publisher = publisher;
		this.approvals = approvals;
		this.history = history;
		this.active = active;
	}

	@PostMapping("/publish")
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	ResponseEntity<?> publish(@RequestBody(required = false) JsonNode body) {
		PublishApprovals.Outcome outcome = this.approvals.publishOrRequest(comment(body));
		return outcome.pending() != null ? ResponseEntity.status(HttpStatus.ACCEPTED).body(outcome.pending())
				: created(outcome.publication());
	}

	@PostMapping("/versions/{number}/rollback")
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	ResponseEntity<VersionView> rollback(@PathVariable int number, @RequestBody(required = false) JsonNode body) {
		return created(this.publisher.rollback(number, comment(body)));
	}

	@GetMapping("/versions")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR })
	List<VersionView> versions() {
		int activeNumber = this.history.activeNumber();
		return this.history.list().stream().map(version -> VersionView.summary(version, activeNumber)).toList();
	}

	@GetMapping("/versions/{number}")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR })
	VersionView version(@PathVariable int number) {
		return VersionView.full(this.history.get(number), this.history.activeNumber());
	}

	@GetMapping("/versions/{from}/diff/{to}")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR })
	Map<String, Object> diff(@PathVariable int from, @PathVariable int to) {
		return Map.of("from", from, "to", to, "documents", this.history.diff(from, to));
	}

	@GetMapping("/versions/verify")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR })
	VersionHistory.ChainReport verify() {
		return this.history.verify();
	}

	@GetMapping("/active")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR })
	VersionView active() {
		ConfigVersion version = this.active.require();
		return VersionView.full(version, version.number());
	}

	static String comment(JsonNode body) {
		return body == null ? "" : body.path("comment").asString("");
	}

	static ResponseEntity<VersionView> created(Publication publication) {
		VersionView view = VersionView.summary(publication.version(), publication.version().number());
		return ResponseEntity.status(publication.created() ? HttpStatus.CREATED : HttpStatus.OK).body(view);
	}

}
