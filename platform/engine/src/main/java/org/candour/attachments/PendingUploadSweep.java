package org.candour.attachments;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.candour.cases.CaseLookup;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Settles what residents left waiting longer than
 * {@code candour.attachments.pending-expiry}: when a case was logged under the journey's
 * token (its files were not linked, say, after a failure), they are linked to it now;
 * otherwise the journey was abandoned and its files are removed.
 */
@Component
class PendingUploadSweep {

	private static final Logger log = LoggerFactory.getLogger(PendingUploadSweep.class);

	private static final int BATCH = 500;

	private final AttachmentStore store;

	private final PendingUploads pending;

	private final CaseLookup cases;

	private final TenantManagement tenants;

	private final AttachmentSettings settings;

	private final Clock clock;

	PendingUploadSweep(AttachmentStore store, PendingUploads pending, CaseLookup cases, TenantManagement tenants,
			AttachmentSettings settings, Optional<Clock> clock) {
		this.store = store;
		this.pending = pending;
		this.cases = cases;
		this.tenants = tenants;
		this.settings = settings;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Scheduled(fixedDelayString = "${candour.attachments.sweep-interval:PT15M}", initialDelayString = "PT1M")
	void sweepAllTenants() {
		for (Tenant tenant : this.tenants.list()) {
			if (tenant.suspended()) {
				continue;
			}
			try {
				TenantContext.runAs(tenant.asCurrent(), this::sweep);
			}
			catch (RuntimeException ex) {
				log.warn("Pending upload sweep failed for tenant {}", tenant.id(), ex);
			}
		}
	}

	/** Sweeps the current tenant; returns how many journeys it settled. */
	int sweep() {
		Date expired = Date.from(this.clock.instant().minus(this.settings.pendingExpiry()));
		List<String> tokens = this.store.tokensWaitingSince(expired, BATCH);
		for (String token : tokens) {
			this.cases.loggedWith(token)
				.ifPresentOrElse(logged -> this.pending.settle(token, logged),
						() -> this.pending.list(token).forEach(file -> this.store.delete(file.id())));
		}
		return tokens.size();
	}

}
