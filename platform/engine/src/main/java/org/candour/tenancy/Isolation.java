package org.candour.tenancy;

/** Where a tenant's documents live. */
public enum Isolation {

	/** Shared collections; every document carries {@code tenantId}. */
	POOLED,
	/** The tenant's own database, through the same code path. */
	SILOED;

	public String json() {
		return name().toLowerCase();
	}

}
