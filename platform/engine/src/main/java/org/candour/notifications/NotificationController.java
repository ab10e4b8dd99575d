package org.candour.notifications;

import java.util.List;

import org.candour.api.EndpointRoles;
import tools.jackson.databind.JsonNode;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A tenant's notification settings, and the notifications of a case. */
@RestController
class NotificationController {

	private final NotificationSettingsStore settings;

	private final MailTransports transports;

	private final Notifications notifications;

	NotificationController(NotificationSettingsStore settings, MailTransports transports, Notifications notifications) {
		this.settings = settings;
		this.transports = transports;
		this.notifications = notifications;
	}

	@GetMapping("/api/tenants/{tenant}/notification-settings")
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	SettingsView read() {
		return view(this.settings.current());
	}

	@PutMapping("/api/tenants/{tenant}/notification-settings")
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	SettingsView replace(@RequestBody JsonNode body) {
		return view(this.settings.replace(body));
	}

	@GetMapping("/api/tenants/{tenant}/cases/{reference}/notifications")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR,
			EndpointRoles.INVESTIGATOR })
	List<NotificationView> ofCase(@PathVariable String reference) {
		return this.notifications.ofCase(reference);
	}

	private SettingsView view(NotificationSettings current) {
		return new SettingsView(current.provider(), current.fromAddress(), current.replyTo(),
				current.notifyApiKeyReference(), current.updatedAt(), current.updatedBy(),
				this.transports.of(current).unavailable(current).orElse(null));
	}

	/**
	 * The settings, and why notifications cannot be sent with them now ({@code problem},
	 * null when they can).
	 */
	record SettingsView(String provider, String fromAddress, String replyTo, String notifyApiKeyReference,
			java.time.Instant updatedAt, String updatedBy, String problem) {
	}

}
