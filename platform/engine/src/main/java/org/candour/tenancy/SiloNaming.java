package org.candour.tenancy;

/** Names the database of a siloed tenant. */
public record SiloNaming(String prefix) {

	public String databaseOf(TenantId tenant) {
		return this.prefix + tenant.value();
	}

}
