package org.candour.tenancy;

import java.util.List;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

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

	/**
	 * A unique ascending index; the hot look-ups use these (the embedded server honours
	 * only unique ones).
	 */
	public static IndexModel unique(String name, String... keys) {
		return new IndexModel(Indexes.ascending(keys), new IndexOptions().unique(true).name(name));
	}

	/**
	 * A non-unique ascending index (used by a real MongoDB; the embedded server ignores
	 * it).
	 */
	public static IndexModel index(String name, String... keys) {
		return new IndexModel(Indexes.ascending(keys), new IndexOptions().name(name));
	}

}
