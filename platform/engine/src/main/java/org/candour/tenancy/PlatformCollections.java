package org.candour.tenancy;

import java.util.Set;

/**
 * The few collections that belong to the platform rather than to a tenant. Every other
 * collection is tenant-owned: it can only be touched inside a tenant's unit of work and
 * is always scoped to that tenant (fail closed).
 */
public final class PlatformCollections {

	public static final String TENANTS = "tenants";

	private static final Set<String> NAMES = Set.of(TENANTS);

	private PlatformCollections() {
	}

	public static boolean isPlatform(String collection) {
		return NAMES.contains(collection) || collection.startsWith("platform_") || collection.startsWith("system.");
	}

}
