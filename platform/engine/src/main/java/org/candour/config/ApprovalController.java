package org.candour.config;

import java.util.Map;

import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The two-person rule: whether it applies, the publication waiting for approval,
 * approving and withdrawing it. Roles: TENANT_ADMIN (AUDITOR reads); turning the rule off
 * needs PLATFORM_ADMIN.
 */
@RestController
@RequestMapping("/api/tenants/{tenant}/config/approval")
class ApprovalController {

	private final PublishApprovals approvals;

	ApprovalController(PublishApprovals approvals) {
		this.approvals = approvals;
	}

	@GetMapping
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
	Map<String, Object> state() {
		Map<String, Object> state = new java.util.LinkedHashMap<>();
		state.put("required", this.approvals.required());
		state.put("pending", this.approvals.pending().orElse(null));
		return state;
	}

	@PutMapping("/rule")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	Map<String, Object> rule(@RequestBody JsonNode body) {
		JsonNode required = body.path("required");
		if (!required.isBoolean()) {
			throw Refusal.malformed("/required", "approval.required-not-boolean",
					"Say whether publications need a second administrator: true or false");
		}
		this.approvals.require(required.asBoolean());
		return state();
	}

	@PostMapping("/approve")
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	ResponseEntity<VersionView> approve() {
		return VersionController.created(this.approvals.approve());
	}

	@DeleteMapping("/pending")
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	ResponseEntity<Void> withdraw() {
		this.approvals.reject();
		return ResponseEntity.noContent().build();
	}

}
