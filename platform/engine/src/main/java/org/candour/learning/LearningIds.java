package org.candour.learning;

import org.candour.tenancy.TenantCounters;

import org.springframework.stereotype.Component;

/**
 * Allocates learning record ids, {@code LRN-000001}, from one counter per tenant
 * incremented atomically (as case references are).
 */
@Component
class LearningIds {

	static final String PREFIX = "LRN-";

	private final TenantCounters counters;

	LearningIds(TenantCounters counters) {
		this.counters = counters;
	}

	String next() {
		return this.counters.next(LearningCollections.COUNTERS, "learning", PREFIX);
	}

}
