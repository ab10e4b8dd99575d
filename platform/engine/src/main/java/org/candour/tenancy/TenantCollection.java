package org.candour.tenancy;

import java.util.List;

import com.mongodb.client.model.IndexModel;

/**
 * Declares a tenant-owned collection and its indexes (each leading with
 * {@code tenantId}). Modules publish one bean per collection; tenancy creates the indexes
 * in the main database and in every siloed tenant's database, and the isolation
 * guard-rail test enumerates them.
 */
public record TenantCollection(String name, List<IndexModel> indexes) {

	public TenantCollection {
		if (PlatformCollections.isPlatform(name)) {
			throw new IllegalArgumentException(name + " is a platform collection");
		}
	}

}
