package org.candour.qa;

import org.candour.tenancy.TenantCounters;

import org.springframework.stereotype.Component;

/**
 * Allocates sample ids, {@code QA-000001}, from one counter per tenant incremented
 * atomically (as case references are).
 */
@Component
class QaIds {

	static final String PREFIX = "QA-";

	private final TenantCounters counters;

	QaIds(TenantCounters counters) {
		this.counters = counters;
	}

	String next() {
		return this.counters.next(QaCollections.COUNTERS, "samples", PREFIX);
	}

}
