package org.candour.remedies;

import org.candour.tenancy.TenantCounters;

import org.springframework.stereotype.Component;

/**
 * Allocates remedy ids, {@code REM-000001}, from one counter per tenant incremented
 * atomically (as case references are).
 */
@Component
class RemedyIds {

	static final String PREFIX = "REM-";

	private final TenantCounters counters;

	RemedyIds(TenantCounters counters) {
		this.counters = counters;
	}

	String next() {
		return this.counters.next(RemedyCollections.COUNTERS, "remedies", PREFIX);
	}

}
