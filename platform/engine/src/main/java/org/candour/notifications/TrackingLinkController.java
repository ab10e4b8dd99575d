package org.candour.notifications;

import org.candour.api.EndpointRoles;
import org.candour.cases.CaseLookup;
import org.candour.notifications.TrackingLinkRenewal.NewTrackingLink;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A new tracking link for a case's resident, asked for by staff
 * ({@link TrackingLinkRenewal}): every earlier link of the case stops working, and the
 * new one is emailed to the resident. Staff never see the link itself.
 */
@RestController
class TrackingLinkController {

	private final CaseLookup cases;

	private final TrackingLinkRenewal renewal;

	TrackingLinkController(CaseLookup cases, TrackingLinkRenewal renewal) {
		this.cases = cases;
		this.renewal = renewal;
	}

	@PostMapping("/api/tenants/{tenant}/cases/{reference}/tracking-link")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER })
	ResponseEntity<NewTrackingLink> renew(@PathVariable String reference) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(this.renewal.renew(this.cases.visible(reference)));
	}

}
