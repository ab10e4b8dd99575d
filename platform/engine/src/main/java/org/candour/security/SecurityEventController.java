package org.candour.security;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.candour.api.Refusal;
import org.candour.api.EndpointRoles;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The security log: a tenant's own (TENANT_ADMIN, AUDITOR) and the platform's
 * (PLATFORM_ADMIN), newest first, filtered by type and time.
 */
@RestController
class SecurityEventController {

	private static final int LIMIT = 500;

	private final SecurityEvents events;

	SecurityEventController(SecurityEvents events) {
		this.events = events;
	}

	@GetMapping("/api/tenants/{tenant}/security-events")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR })
	List<SecurityEvent> tenant(@RequestParam(required = false) String type,
			@RequestParam(required = false) String since) {
		return this.events.list(type(type), since(since), LIMIT);
	}

	@GetMapping("/api/platform/security-events")
	@EndpointRoles(EndpointRoles.PLATFORM_ADMIN)
	List<SecurityEvent> platform(@RequestParam(required = false) String type,
			@RequestParam(required = false) String since) {
		return this.events.platform(type(type), since(since), LIMIT);
	}

	private static String type(String type) {
		if (type == null || Arrays.stream(SecurityEventType.values()).anyMatch(known -> known.code().equals(type))) {
			return type;
		}
		throw Refusal.malformed("/type", "invalid-value", "Unknown security event type '" + type + "'");
	}

	private static Instant since(String since) {
		try {
			return since == null ? null : Instant.parse(since);
		}
		catch (DateTimeParseException ex) {
			throw Refusal.malformed("/since", "invalid-date", "since must be an instant like 2026-01-31T09:00:00Z");
		}
	}

}
