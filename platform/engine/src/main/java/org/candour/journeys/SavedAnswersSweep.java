package org.candour.journeys;

import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Removes every tenant's expired saved answers. */
@Component
class SavedAnswersSweep {

	private static final Logger log = LoggerFactory.getLogger(SavedAnswersSweep.class);

	private final SavedAnswers answers;

	private final TenantManagement tenants;

	SavedAnswersSweep(SavedAnswers answers, TenantManagement tenants) {
		this.answers = answers;
		this.tenants = tenants;
	}

	@Scheduled(fixedDelayString = "${candour.resident.saved-answers-sweep-interval:PT15M}", initialDelayString = "PT1M")
	void sweepAllTenants() {
		for (Tenant tenant : this.tenants.list()) {
			try {
				long removed = TenantContext.callAs(tenant.asCurrent(), this.answers::sweep);
				if (removed > 0) {
					log.debug("Removed {} expired saved journeys of tenant {}", removed, tenant.id());
				}
			}
			catch (RuntimeException ex) {
				log.warn("Saved answers sweep failed for tenant {}", tenant.id(), ex);
			}
		}
	}

}
