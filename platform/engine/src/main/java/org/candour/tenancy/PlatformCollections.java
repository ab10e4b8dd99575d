package org.candour.tenancy;

import java.util.Set;

/**
 * The few collections that belong to the platform rather than to a tenant. Every other
 * collection is tenant-owned: it can only be touched inside a tenant's unit of work and
 * is always scoped to that tenant (fail closed). Spring Batch's job repository
 * ({@code BATCH_*}, names fixed by Spring Batch) is platform metadata: a report run's
 * tenant is one of its job parameters, and the tenant's own run history, results and
 * snapshots are tenant-owned collections.
 */
public final class PlatformCollections {

	public static final String TENANTS = "tenants";

	private static final Set<String> NAMES = Set.of(TENANTS);

	private PlatformCollections() {
	}

	public static boolean isPlatform(String collection) {
		return NAMES.contains(collection) || collection.startsWith("platform_") || collection.startsWith("BATCH_")
				|| collection.startsWith("system.");
	}

}
